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
import { diagnosticsFor } from './helpers/rule-tester.js';

/**
 * Every rule's page under docs/rules/ is run as a test, the way remark-lint runs its rules'
 * documented examples: `valid` blocks must yield nothing, each `invalid` block exactly the
 * `output` block that follows it, against the page's `spec` block and, when it has one, its
 * `config` block (merged over a config naming the spec). So the documentation cannot drift from
 * the rules.
 */
const docsDir = path.join(packageRoot, 'docs/rules');

interface Example {
  kind: 'valid' | 'invalid';
  filename: string;
  code: string;
  output?: string[];
}

function examplesOf(markdown: string): { spec: string; config: Partial<RawConfig>; examples: Example[] } {
  const tree = unified().use(remarkParse).parse(markdown);
  const blocks = tree.children.filter((node): node is Code => node.type === 'code');
  let spec = '';
  let config: Partial<RawConfig> = {};
  const examples: Example[] = [];
  for (const block of blocks) {
    if (block.meta === 'spec') spec = block.value;
    else if (block.meta === 'config') config = yaml.load(block.value) as Partial<RawConfig>;
    else if (block.meta === 'valid' || block.meta === 'invalid') {
      examples.push({ kind: block.meta, filename: `page.${block.lang === 'md' ? 'md' : 'mdx'}`, code: `${block.value}\n` });
    } else if (block.meta === 'output') {
      const last = examples.at(-1);
      if (!last || last.kind !== 'invalid') throw new Error('an output block must follow an invalid example');
      last.output = block.value.split('\n').filter((line) => line.trim().length > 0);
    }
  }
  return { spec, config, examples };
}

describe('rule documentation', () => {
  it('has a page for every rule and a rule for every page', () => {
    const pages = readdirSync(docsDir).filter((name) => name.endsWith('.md')).map((name) => name.replace(/\.md$/, ''));
    expect(pages.sort()).toEqual(allRules.map((rule) => rule.meta.id).sort());
  });

  for (const rule of allRules) {
    const { spec, config, examples } = examplesOf(readFileSync(path.join(docsDir, `${rule.meta.id}.md`), 'utf8'));
    describe(rule.meta.id, () => {
      it('documents a spec, valid examples and invalid examples with their output', () => {
        expect(spec).not.toBe('');
        expect(examples.some((example) => example.kind === 'valid')).toBe(true);
        expect(examples.filter((example) => example.kind === 'invalid').every((example) => example.output && example.output.length > 0)).toBe(true);
      });
      examples.forEach((example, index) => {
        it(`${example.kind} example ${index + 1}`, async () => {
          const diagnostics = await diagnosticsFor(rule, { spec, config }, { code: example.code, filename: example.filename });
          const printed = diagnostics.map((d) => `${d.line}:${d.column}  ${d.message}`);
          expect(printed).toEqual(example.kind === 'valid' ? [] : example.output);
        });
      });
    });
  }
});
