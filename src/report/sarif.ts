import { createHash } from 'node:crypto';
import { allRules } from '../../rules/index.js';
import { packageHomepage, packageVersion } from '../package-info.js';
import type { Rule } from '../rule-api.js';
import type { Diagnostic, Severity } from '../types.js';
import type { FileResult, Formatter } from './types.js';
import { relativePath } from './summary.js';

// SARIF 2.1.0 as GitHub code scanning accepts it (ECOSYSTEM.md §3.4).

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** The partialFingerprints key; bump the version if what it hashes ever changes. */
export const FINGERPRINT_KEY = 'docspec/v1';

type SarifLevel = 'error' | 'warning' | 'note' | 'none';

export interface SarifRule {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  defaultConfiguration: { level: SarifLevel };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: SarifLevel;
  message: { text: string };
  locations: Array<{
    physicalLocation: {
      artifactLocation: { uri: string };
      region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
    };
  }>;
  partialFingerprints: Record<string, string>;
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: Array<{
    tool: { driver: { name: string; version: string; informationUri?: string; rules: SarifRule[] } };
    columnKind: 'utf16CodeUnits';
    results: SarifResult[];
  }>;
}

function level(severity: Severity): SarifLevel {
  if (severity === 'error') return 'error';
  if (severity === 'warn') return 'warning';
  return 'none';
}

/** Where a rule is documented, relative to the docspec repository. */
export function ruleDocPath(id: string): string {
  return `docs/rules/${id}.md`;
}

function toSarifRule(rule: Rule): SarifRule {
  const { id, description, defaultSeverity } = rule.meta;
  return {
    id,
    shortDescription: { text: description },
    fullDescription: { text: description },
    help: { text: `${description}\n\nSee ${ruleDocPath(id)} in the docspec repository for valid and invalid examples.` },
    defaultConfiguration: { level: level(defaultSeverity) },
  };
}

/** A relative path as a URI reference: each segment percent-encoded (spaces, `#`, `[id]`), `/` kept. */
function toUri(relative: string): string {
  return relative.split('/').map(encodeURIComponent).join('/');
}

/** SARIF regions are 1-based; never emit a 0 even for a position at the very start of a file. */
function atLeastOne(value: number): number {
  return Math.max(1, value);
}

/**
 * The finding's identity, independent of its line: rule, file and subject. A page can hold the
 * same finding twice (one endpoint written twice); the occurrence number, in report order, keeps
 * their fingerprints apart, as GitHub's `primaryLocationLineHash` does with its `:n` suffix.
 */
function fingerprint(diagnostic: Diagnostic, file: string, seen: Map<string, number>): string {
  const hash = createHash('sha256').update(`${diagnostic.ruleId}\0${file}\0${diagnostic.subject}`).digest('hex');
  const occurrence = (seen.get(hash) ?? 0) + 1;
  seen.set(hash, occurrence);
  return `${hash}:${occurrence}`;
}

/** The SARIF log for a run: every rule docspec has, and one result per diagnostic. */
export function toSarif(results: readonly FileResult[], cwd: string): SarifLog {
  const ruleIndex = new Map(allRules.map((rule, index) => [rule.meta.id, index]));
  const seen = new Map<string, number>();
  const sarifResults: SarifResult[] = [];
  for (const result of results) {
    const file = relativePath(result.file, cwd);
    for (const diagnostic of result.diagnostics) {
      const { start, end } = diagnostic.position;
      const index = ruleIndex.get(diagnostic.ruleId);
      sarifResults.push({
        ruleId: diagnostic.ruleId,
        ...(index === undefined ? {} : { ruleIndex: index }),
        level: level(diagnostic.severity),
        message: { text: diagnostic.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: toUri(file) },
              region: {
                startLine: atLeastOne(start.line),
                startColumn: atLeastOne(start.column),
                endLine: atLeastOne(Math.max(start.line, end.line)),
                endColumn: atLeastOne(end.column),
              },
            },
          },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(diagnostic, file, seen) },
      });
    }
  }
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'docspec',
            version: packageVersion,
            // package.json's homepage; left out while it has none.
            ...(packageHomepage === undefined ? {} : { informationUri: packageHomepage }),
            rules: allRules.map(toSarifRule),
          },
        },
        // Columns count UTF-16 code units, as micromark's positions do.
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
}

/** SARIF 2.1.0 for GitHub code scanning, pretty-printed, newline-terminated. */
export const sarif: Formatter = (results, options) => `${JSON.stringify(toSarif(results, options.cwd), null, 2)}\n`;
