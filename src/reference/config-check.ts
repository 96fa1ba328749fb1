import type { RawConfig } from '../config/types.js';
import { templatesOf } from './presets.js';
import { parseTemplate } from './templates.js';

/** A problem with a `reference` entry that the schema cannot express: where it is, and why. */
export interface ReferenceConfigProblem {
  pointer: string[];
  message: string;
}

/**
 * Checks what the schema cannot: a `spec` that names no `specs[].path`, a `template` on a preset that
 * has its own, a template that does not parse, and templates that mix pages and fragments (a
 * reference is either a folder of pages or one page).
 */
export function referenceConfigProblem(raw: RawConfig): ReferenceConfigProblem | undefined {
  const specPaths = raw.specs.map((spec) => spec.path);
  for (const [index, entry] of (raw.reference ?? []).entries()) {
    const at = ['reference', String(index)];
    const key = `reference[${index}]`;
    if (entry.spec !== undefined && !specPaths.includes(entry.spec)) {
      return { pointer: [...at, 'spec'], message: `"${key}.spec" names no spec of "specs" (${specPaths.map((name) => `"${name}"`).join(', ')})` };
    }
    if (entry.preset !== 'custom') {
      if (entry.template !== undefined) return { pointer: [...at, 'template'], message: `"${key}.template" is only read with preset "custom"; preset "${entry.preset}" has its own URLs` };
      continue;
    }
    const templates = templatesOf(entry).map((template) => template.text);
    const modes = new Set<string>();
    for (const text of templates) {
      const parsed = parseTemplate(text);
      if (typeof parsed === 'string') return { pointer: [...at, 'template'], message: `"${key}.template": ${parsed}` };
      modes.add(parsed.mode);
    }
    if (modes.size > 1) return { pointer: [...at, 'template'], message: `"${key}.template" mixes page URLs ("/…") and fragments ("#…"); use one reference for each` };
  }
  return undefined;
}
