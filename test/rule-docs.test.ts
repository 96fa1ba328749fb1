import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Code } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import yaml from 'js-yaml';
import type { RawConfig } from '../src/config/types.js';
import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.js';
import { packageRoot } from '../src/package-info.js';
import { applyFixes, diagnosticsFor } from './helpers/rule-tester.js';

/**
 * Every rule's page under docs/rules/ is run as a test, the way remark-lint runs its rules'
 * documented examples: `valid` blocks must yield nothing, each `invalid` block exactly the
 * `output` block that follows it, against the page's `spec` block and, when it has one, its
 * `config` block (merged over a config naming the spec). So the documentation cannot drift from
 * the rules.
 *
 * Rules about links need more than one page: a `page <path>` block is another page of the docs
 * tree (under `docs/`) for every example, `valid <path>` / `invalid <path>` names the page under
 * test (default `page.md` or `page.mdx` by the block's language), and a `fixed` block after an
 * output block is the example with every fix applied.
 */
const docsDir = path.join(packageRoot, 'docs/rules');

interface Example {
  kind: 'valid' | 'invalid';
  filename: string;
  code: string;
  output?: string[];
  fixed?: string;
}

function examplesOf(markdown: string): { spec: string; config: Partial<RawConfig>; pages: Record<string, string>; examples: Example[] } {
  const tree = unified().use(remarkParse).parse(markdown);
  const blocks = tree.children.filter((node): node is Code => node.type === 'code');
  let spec = '';
  let config: Partial<RawConfig> = {};
  const pages: Record<string, string> = {};
  const examples: Example[] = [];
  for (const block of blocks) {
    const [meta, name] = (block.meta ?? '').split(/\s+/);
    if (meta === 'spec') spec = block.value;
    else if (meta === 'config') config = yaml.load(block.value) as Partial<RawConfig>;
    else if (meta === 'page') {
      if (!name) throw new Error('a page block must name its path: ```mdx page platform/auth.mdx');
      pages[name] = `${block.value}\n`;
    } else if (meta === 'valid' || meta === 'invalid') {
      examples.push({ kind: meta, filename: name ?? `page.${block.lang === 'md' ? 'md' : 'mdx'}`, code: `${block.value}\n` });
    } else if (meta === 'output') {
      const last = examples.at(-1);
      if (!last || last.kind !== 'invalid') throw new Error('an output block must follow an invalid example');
      last.output = block.value.split('\n').filter((line) => line.trim().length > 0);
    } else if (meta === 'fixed') {
      const last = examples.at(-1);
      if (!last || last.output === undefined) throw new Error('a fixed block must follow an output block');
      last.fixed = `${block.value}\n`;
    }
  }
  return { spec, config, pages, examples };
}

describe('rule documentation', () => {
  it('has a page for every rule and a rule for every page', () => {
    const pages = readdirSync(docsDir).filter((name) => name.endsWith('.md')).map((name) => name.replace(/\.md$/, ''));
    expect(pages.sort()).toEqual(allRules.map((rule) => rule.meta.id).sort());
  });

  for (const rule of allRules) {
    const { spec, config, pages, examples } = examplesOf(readFileSync(path.join(docsDir, `${rule.meta.id}.md`), 'utf8'));
    describe(rule.meta.id, () => {
      it('documents a spec, valid examples and invalid examples with their output', () => {
        expect(spec).not.toBe('');
        expect(examples.some((example) => example.kind === 'valid')).toBe(true);
        expect(examples.filter((example) => example.kind === 'invalid').every((example) => example.output && example.output.length > 0)).toBe(true);
      });
      examples.forEach((example, index) => {
        it(`${example.kind} example ${index + 1}`, async () => {
          const diagnostics = await diagnosticsFor(rule, { spec, config, pages }, { code: example.code, filename: example.filename });
          const printed = diagnostics.map((d) => `${d.line}:${d.column}  ${d.message}`);
          expect(printed).toEqual(example.kind === 'valid' ? [] : example.output);
          if (example.fixed !== undefined) {
            expect(applyFixes(example.code, diagnostics.flatMap((d) => (d.fix ? [d.fix] : [])))).toBe(example.fixed);
          }
        });
      });
    });
  }
});
