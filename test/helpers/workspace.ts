import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A temporary folder holding the given files (path → text); removed after the test file. */
export function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'docspec-ws-'));
  roots.push(root);
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(root, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return root;
}

export const SMALL_SPEC = `openapi: 3.1.0
info: { title: Acme, version: '1' }
servers:
  - url: https://api.acme.test
paths:
  /users:
    get: { responses: { '200': { description: ok } } }
  /users/{id}:
    get: { responses: { '200': { description: ok } } }
`;

export const SMALL_CONFIG = `docs: ["docs/**/*.{md,mdx}"]
specs:
  - path: openapi.yaml
`;
