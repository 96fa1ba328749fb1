import { safeDecode } from '../text/percent.js';
import type { DocPath, DocSegment } from '../types.js';

/**
 * Parameter notations that docs use for a path segment. Each yields the parameter's name as written.
 * Order matters: `${ID}` before `$ID`, `{{id}}` before `{id}`.
 */
const PARAM_NOTATIONS: RegExp[] = [
  /^\{\{\s*([^{}]+?)\s*\}\}$/, // {{id}}
  /^\$\{([^{}]+)\}$/, // ${ID}
  /^\{([^{}]+)\}$/, // {id}
  /^:([A-Za-z_][\w.-]*)$/, // :id
  /^<([^<>]+)>$/, // <id>
  /^\$([A-Za-z_]\w*)$/, // $ID
  /^\[(?:\.\.\.)?([^[\]]+)\]$/, // [id], [...slug]
];

/** True when a path leaves out segments in its middle (`/a/.../b`): it names no single template. */
export function isElided(path: DocPath): boolean {
  return path.segments.some((segment) => segment.kind === 'literal' && /^(\.\.\.|…)$/.test(segment.value));
}

/** Splits a documented path (no host, no query) into literal and parameter segments. */
export function parseDocPath(raw: string): DocPath {
  let text = raw.trim();
  let prefix = false;
  // `/cp/admin/*` and the elided `/storage/...` both claim only that something lives under the prefix.
  const trailing = /\/(\*|\.\.\.|…)$/.exec(text);
  if (trailing || text === '*') {
    prefix = true;
    text = trailing ? text.slice(0, trailing.index) : '';
  }
  const segments: DocSegment[] = text
    .split('/')
    .filter((part) => part.length > 0)
    .map((part) => classifySegment(part));
  return { raw, segments, prefix };
}

function classifySegment(part: string): DocSegment {
  for (const notation of PARAM_NOTATIONS) {
    const match = notation.exec(part);
    if (match) return { kind: 'param', name: match[1]!, raw: part };
  }
  return { kind: 'literal', value: safeDecode(part) };
}

/** `/a/{}/b` — the path's shape with every parameter blanked, for comparing and "did you mean". */
export function docPathShape(path: DocPath): string {
  const body = path.segments.map((segment) => `/${segment.kind === 'param' ? '{}' : segment.value}`).join('');
  return path.prefix ? `${body}/*` : body || '/';
}
