/**
 * Parsers for the HTTP request notations found in code blocks: curl commands (shell
 * blocks), ```http requests, and fetch() calls (JS/TS blocks).
 *
 * Pure functions over the text of ONE code block (without its fences). Every span is a
 * 0-based, end-exclusive offset range into that text, so the caller can map it to a
 * line and column on the page.
 */
export type { RawHeader, RawRequest, Slice, Span } from './notations/raw-request.js';
export { tokenizeShell, type Heredoc, type ShellOperator, type ShellToken, type ShellTokens, type ShellWord } from './notations/shell.js';
export { parseCurlCommands } from './notations/curl.js';
export { parseHttpRequests, parseHttpResponses, type RawResponse } from './notations/http.js';
export { parseFetchCalls } from './notations/fetch.js';
