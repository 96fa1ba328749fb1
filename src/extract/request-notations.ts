/**
 * Parsers for the HTTP request notations found in code blocks: curl commands (shell
 * blocks), ```http requests, and fetch() calls (JS/TS blocks).
 *
 * Pure functions over the text of ONE code block (without its fences). Every span is a
 * 0-based, end-exclusive offset range into that text, so the caller can map it to a
 * line and column on the page.
 */
export type { RawHeader, RawRequest, Slice, Span } from './notations/raw-request.js';
export { tokenizeShell } from './notations/shell.js';
export { parseCurlCommands } from './notations/curl.js';
export { parseHttpRequests, parseHttpResponses } from './notations/http.js';
export { parseFetchCalls } from './notations/fetch.js';
