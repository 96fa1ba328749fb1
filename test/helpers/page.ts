import { extractSource } from '../../src/lint/pages.js';
import type { ExtractedPage } from '../../src/extract/page.js';
import { HostClassifier } from '../../src/extract/url.js';
import type { EndpointClaim, Position } from '../../src/types.js';

/** The host patterns of the seed fixture's config: the control plane and the tenant hosts. */
export const FIXTURE_HOSTS = ['api.moleculesai.app', '$CP_URL', '*.moleculesai.app', '$TENANT_URL'];

export const fixtureHosts = new HostClassifier(FIXTURE_HOSTS);

/** A page's source from its lines, so a test reads line numbers off its own array (line 1 = first argument). */
export function page(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

/** Extracts a page the way a run does, with the fixture's hosts unless told otherwise. */
export function extract(source: string, file = '/docs/page.mdx', hosts: HostClassifier = fixtureHosts): ExtractedPage {
  return extractSource(file, source, hosts);
}

/** The endpoint claims of a page that must parse cleanly. */
export function endpointsOf(source: string, file = '/docs/page.mdx', hosts: HostClassifier = fixtureHosts): EndpointClaim[] {
  const extracted = extract(source, file, hosts);
  if (extracted.problems.length > 0) {
    throw new Error(`expected a clean parse of ${file}, got: ${extracted.problems.map((problem) => problem.message).join('; ')}`);
  }
  return extracted.claims.endpoints;
}

/** A 1-based, end-exclusive position on one line. */
export function span(line: number, column: number, endColumn: number, endLine = line): Position {
  return { start: { line, column }, end: { line: endLine, column: endColumn } };
}

/** The page text a position covers, to show that a position lands on the text it names. */
export function textAt(source: string, position: Position): string {
  const lines = source.split('\n');
  const offset = (point: { line: number; column: number }): number =>
    lines.slice(0, point.line - 1).reduce((sum, line) => sum + line.length + 1, 0) + point.column - 1;
  return source.slice(offset(position.start), offset(position.end));
}
