import { describe, it, expect } from 'vitest';
import { parseDocPath, isElided, docPathShape } from '../src/extract/doc-path.js';
import { PathTrie, splitTemplate } from '../src/spec/path-trie.js';

/** A trie whose values are the templates themselves, so a match names the template it found. */
function trieOf(templates: string[]): PathTrie<string> {
  const trie = new PathTrie<string>();
  for (const template of templates) trie.insert(template, template);
  return trie;
}

const match = (trie: PathTrie<string>, path: string): string[] => trie.match(parseDocPath(path));

describe('parseDocPath: parameter notations', () => {
  it.each([
    ['/workspaces/{id}', 'id', '{id}'],
    ['/workspaces/{{id}}', 'id', '{{id}}'],
    ['/workspaces/{{ id }}', 'id', '{{ id }}'],
    ['/workspaces/:id', 'id', ':id'],
    ['/workspaces/<id>', 'id', '<id>'],
    ['/workspaces/$ID', 'ID', '$ID'],
    ['/workspaces/${ID}', 'ID', '${ID}'],
    ['/workspaces/[id]', 'id', '[id]'],
    ['/workspaces/[...slug]', 'slug', '[...slug]'],
    ['/workspaces/<workspace-id>', 'workspace-id', '<workspace-id>'],
    ['/workspaces/$WORKSPACE_ID', 'WORKSPACE_ID', '$WORKSPACE_ID'],
  ])('%s has a param named %s', (raw, name, segmentRaw) => {
    expect(parseDocPath(raw)).toEqual({
      raw,
      segments: [
        { kind: 'literal', value: 'workspaces' },
        { kind: 'param', name, raw: segmentRaw },
      ],
      prefix: false,
    });
  });

  it('reads several parameters of different notations in one path', () => {
    expect(parseDocPath('/orgs/:org/workspaces/{ws}/secrets/<key>').segments).toEqual([
      { kind: 'literal', value: 'orgs' },
      { kind: 'param', name: 'org', raw: ':org' },
      { kind: 'literal', value: 'workspaces' },
      { kind: 'param', name: 'ws', raw: '{ws}' },
      { kind: 'literal', value: 'secrets' },
      { kind: 'param', name: 'key', raw: '<key>' },
    ]);
  });

  it.each([
    ['/a/{}', '{}'],
    ['/a/[]', '[]'],
    ['/a/<>', '<>'],
    ['/a/$1', '$1'],
    ['/a/:1x', ':1x'],
    ['/a/{a}{b}', '{a}{b}'],
    ['/files/{fileId}.json', '{fileId}.json'],
  ])('%s: a segment that is no single parameter stays literal', (raw, value) => {
    const segments = parseDocPath(raw).segments;
    expect(segments).toHaveLength(2);
    expect(segments[1]).toEqual({ kind: 'literal', value });
  });

  it('concrete example values are literals', () => {
    expect(parseDocPath('/workspaces/ws_123/runs/550e8400-e29b-41d4-a716-446655440000/steps/42').segments).toEqual([
      { kind: 'literal', value: 'workspaces' },
      { kind: 'literal', value: 'ws_123' },
      { kind: 'literal', value: 'runs' },
      { kind: 'literal', value: '550e8400-e29b-41d4-a716-446655440000' },
      { kind: 'literal', value: 'steps' },
      { kind: 'literal', value: '42' },
    ]);
  });
});

describe('parseDocPath: literal decoding', () => {
  it('URI-decodes literal segments and keeps raw as written', () => {
    const parsed = parseDocPath('/search/hello%20world/caf%C3%A9');
    expect(parsed.raw).toBe('/search/hello%20world/caf%C3%A9');
    expect(parsed.segments).toEqual([
      { kind: 'literal', value: 'search' },
      { kind: 'literal', value: 'hello world' },
      { kind: 'literal', value: 'café' },
    ]);
  });

  it('an encoded brace pair decodes to a literal, not a parameter', () => {
    expect(parseDocPath('/a/%7Bid%7D').segments).toEqual([
      { kind: 'literal', value: 'a' },
      { kind: 'literal', value: '{id}' },
    ]);
  });

  it('keeps a malformed escape as written instead of throwing', () => {
    expect(parseDocPath('/a/%E0%A4%A').segments).toEqual([
      { kind: 'literal', value: 'a' },
      { kind: 'literal', value: '%E0%A4%A' },
    ]);
  });
});

describe('parseDocPath: prefix claims, elision, slashes', () => {
  it.each(['/cp/admin/*', '/cp/admin/...', '/cp/admin/…'])('%s is a prefix claim on /cp/admin', (raw) => {
    expect(parseDocPath(raw)).toEqual({
      raw,
      segments: [
        { kind: 'literal', value: 'cp' },
        { kind: 'literal', value: 'admin' },
      ],
      prefix: true,
    });
  });

  it('a lone * is a prefix claim on the root', () => {
    expect(parseDocPath('*')).toEqual({ raw: '*', segments: [], prefix: true });
  });

  it('a * inside the path is no prefix claim', () => {
    const parsed = parseDocPath('/a/*/b');
    expect(parsed.prefix).toBe(false);
    expect(parsed.segments).toEqual([
      { kind: 'literal', value: 'a' },
      { kind: 'literal', value: '*' },
      { kind: 'literal', value: 'b' },
    ]);
  });

  it.each([
    ['/a/.../b', true],
    ['/a/…/b', true],
    ['/a/...', false],
    ['/a/b', false],
    ['/a/b...c/d', false],
  ])('isElided(%s) is %s', (raw, elided) => {
    expect(isElided(parseDocPath(raw))).toBe(elided);
  });

  it('drops empty segments from doubled and trailing slashes, and trims whitespace', () => {
    const expected = [
      { kind: 'literal', value: 'a' },
      { kind: 'literal', value: 'b' },
    ];
    expect(parseDocPath('//a//b/').segments).toEqual(expected);
    expect(parseDocPath('/a/b/').segments).toEqual(expected);
    expect(parseDocPath('  /a/b  ').segments).toEqual(expected);
    expect(parseDocPath('/a/b/').prefix).toBe(false);
  });

  it('the root has no segments', () => {
    expect(parseDocPath('/')).toEqual({ raw: '/', segments: [], prefix: false });
    expect(parseDocPath('')).toEqual({ raw: '', segments: [], prefix: false });
  });
});

describe('docPathShape', () => {
  it.each([
    ['/workspaces/{id}/secrets/:key', '/workspaces/{}/secrets/{}'],
    ['/workspaces/ws_123', '/workspaces/ws_123'],
    ['/cp/admin/*', '/cp/admin/*'],
    ['/storage/…', '/storage/*'],
    ['/a/.../b', '/a/.../b'],
    ['/', '/'],
    ['/*', '/*'],
  ])('%s -> %s', (raw, shape) => {
    expect(docPathShape(parseDocPath(raw))).toBe(shape);
  });
});

describe('splitTemplate', () => {
  it('splits on / and drops empty parts', () => {
    expect(splitTemplate('/a/{b}/c.json/')).toEqual(['a', '{b}', 'c.json']);
    expect(splitTemplate('/')).toEqual([]);
  });
});

describe('PathTrie.match: precedence', () => {
  const trie = trieOf(['/users/{id}', '/users/me', '/files/{fileId}', '/files/{fileId}.json', '/a/b/c', '/a/{x}/d']);

  it('a literal template segment beats a parameter, whatever the insertion order', () => {
    expect(match(trie, '/users/me')).toEqual(['/users/me']);
    expect(match(trieOf(['/users/me', '/users/{id}']), '/users/me')).toEqual(['/users/me']);
  });

  it('other literal values fall through to the parameter', () => {
    expect(match(trie, '/users/you')).toEqual(['/users/{id}']);
  });

  it('a mixed segment beats a pure parameter', () => {
    expect(match(trie, '/files/abc.json')).toEqual(['/files/{fileId}.json']);
    expect(match(trieOf(['/files/{fileId}.json', '/files/{fileId}']), '/files/abc.json')).toEqual(['/files/{fileId}.json']);
    expect(match(trie, '/files/abc')).toEqual(['/files/{fileId}']);
    expect(match(trie, '/files/abc.yaml')).toEqual(['/files/{fileId}']);
  });

  it('the template notation of a mixed segment matches it; a bare parameter does not', () => {
    expect(match(trie, '/files/{fileId}.json')).toEqual(['/files/{fileId}.json']);
    expect(match(trie, '/files/:fileId.json')).toEqual(['/files/{fileId}.json']);
    expect(match(trie, '/files/{fileId}')).toEqual(['/files/{fileId}']);
    expect(match(trieOf(['/files/{fileId}.json']), '/files/{fileId}')).toEqual([]);
  });

  it('needs at least one character before the literal part of a mixed segment', () => {
    expect(match(trieOf(['/files/{fileId}.json']), '/files/.json')).toEqual([]);
  });

  it('a mixed prefix segment (v{version}) matches concrete values and other notations', () => {
    const versions = trieOf(['/v{version}/status', '/health']);
    expect(match(versions, '/v2/status')).toEqual(['/v{version}/status']);
    expect(match(versions, '/v{v}/status')).toEqual(['/v{version}/status']);
    expect(match(versions, '/x2/status')).toEqual([]);
  });

  it('backtracks when the literal branch dead-ends', () => {
    expect(match(trie, '/a/b/d')).toEqual(['/a/{x}/d']);
    expect(match(trie, '/a/b/c')).toEqual(['/a/b/c']);
    expect(match(trie, '/a/zzz/d')).toEqual(['/a/{x}/d']);
  });

  it('backtracks when the literal branch matches all segments but ends no template', () => {
    const t = trieOf(['/a/b/c/d', '/a/{x}/c']);
    expect(match(t, '/a/b/c')).toEqual(['/a/{x}/c']);
  });

  it('a documented parameter never matches a literal template segment', () => {
    expect(match(trie, '/a/{x}/c')).toEqual([]);
    expect(match(trie, '/a/{x}/d')).toEqual(['/a/{x}/d']);
    expect(match(trieOf(['/admin/only']), '/admin/{id}')).toEqual([]);
    expect(match(trieOf(['/admin/only']), '/admin/:id')).toEqual([]);
  });

  it('a documented parameter of any notation matches a template parameter of another name', () => {
    for (const notation of ['{uid}', '{{uid}}', ':uid', '<uid>', '$UID', '${UID}', '[uid]', '[...uid]']) {
      expect(match(trie, `/users/${notation}`)).toEqual(['/users/{id}']);
    }
  });

  it.each(['ws_123', '550e8400-e29b-41d4-a716-446655440000', '12345', 'user@example.com', 'hello%20world'])(
    'concrete value %s matches a template parameter',
    (value) => {
      expect(match(trie, `/users/${value}`)).toEqual(['/users/{id}']);
    },
  );

  it('a segment count that differs from every template matches nothing', () => {
    expect(match(trie, '/users')).toEqual([]);
    expect(match(trie, '/users/me/extra')).toEqual([]);
    expect(match(trie, '/')).toEqual([]);
    expect(match(trie, '/nope/me')).toEqual([]);
  });

  it('trailing slashes and empty segments do not change the match', () => {
    expect(match(trie, '/users/me/')).toEqual(['/users/me']);
    expect(match(trie, '//users//me')).toEqual(['/users/me']);
    expect(match(trieOf(['/admin/only/']), '/admin/only')).toEqual(['/admin/only/']);
  });

  it('paths are case-sensitive', () => {
    expect(match(trieOf(['/users/me']), '/Users/me')).toEqual([]);
  });

  it('values inserted under the same template are returned together, in insertion order', () => {
    const t = new PathTrie<number>();
    t.insert('/a/{x}', 1);
    t.insert('/a/{y}', 2);
    t.insert('/a/b', 3);
    expect(t.match(parseDocPath('/a/c'))).toEqual([1, 2]);
    expect(t.match(parseDocPath('/a/b'))).toEqual([3]);
  });

  it('the root template matches the root path', () => {
    expect(match(trieOf(['/', '/a']), '/')).toEqual(['/']);
  });

  it('an empty trie matches nothing', () => {
    expect(match(trieOf([]), '/a')).toEqual([]);
  });
});

describe('PathTrie.hasPrefix', () => {
  const trie = trieOf(['/cp/admin/orgs', '/cp/orgs', '/users/{id}', '/files/{fileId}.json']);

  it.each([
    ['/cp/admin/*', true],
    ['/cp/*', true],
    ['/cp', true],
    ['/cp/admin/orgs', true],
    ['/cp/admin/orgs/*', true],
    ['/cp/admin/orgs/x', false],
    ['/cp/admin/users/*', false],
    ['/nope/*', false],
    ['/users/ws_1/*', true],
    ['/users/{id}', true],
    ['/files/a.json', true],
    ['/files/{x}', false],
    ['/', true],
  ])('%s -> %s', (raw, expected) => {
    expect(trie.hasPrefix(parseDocPath(raw))).toBe(expected);
  });

  it('the root of an empty trie has nothing under it', () => {
    expect(trieOf([]).hasPrefix(parseDocPath('/*'))).toBe(false);
  });
});

describe('PathTrie.prefixReach', () => {
  // 8 templates: 4 under /api/v1 (2 under /api/v1/billing), 2 under /users, 1 under /v{n}, 1 at /health.
  const trie = trieOf([
    '/api/v1/billing/plans',
    '/api/v1/billing/invoices/{id}',
    '/api/v1/users',
    '/api/v1/users/{id}',
    '/users/me',
    '/users/{id}',
    '/v{n}/status',
    '/health',
  ]);
  const reach = (raw: string) => trie.prefixReach(parseDocPath(raw));

  it('the root reaches depth 0 with every template below', () => {
    expect(reach('/')).toEqual({ depth: 0, share: 1 });
    expect(reach('/nope/x')).toEqual({ depth: 0, share: 1 });
  });

  it('a shared leading segment reaches in, with the share of templates below', () => {
    expect(reach('/api')).toEqual({ depth: 1, share: 4 / 8 });
    expect(reach('/api/v1/nope')).toEqual({ depth: 2, share: 4 / 8 });
    expect(reach('/api/v1/billing/credits')).toEqual({ depth: 3, share: 2 / 8 });
    expect(reach('/api/v1/billing/invoices/inv_1')).toEqual({ depth: 5, share: 1 / 8 });
  });

  it('depth counts segments through parameters and mixed segments', () => {
    expect(reach('/users/ws_1/extra')).toEqual({ depth: 2, share: 1 / 8 });
    expect(reach('/v3/other')).toEqual({ depth: 1, share: 1 / 8 });
    expect(reach('/health/deep/er')).toEqual({ depth: 1, share: 1 / 8 });
  });

  it('at equal depth the narrowest branch wins', () => {
    // `/users/me` reaches both the literal `me` and `{id}` (one template each); `/users` alone has two.
    expect(reach('/users/me')).toEqual({ depth: 2, share: 1 / 8 });
    expect(reach('/users')).toEqual({ depth: 1, share: 2 / 8 });
  });

  it('an empty trie reports share 1', () => {
    expect(trieOf([]).prefixReach(parseDocPath('/a'))).toEqual({ depth: 0, share: 1 });
  });
});

describe('PathTrie.trunk', () => {
  it('is the chain of leading literals that more than half of the templates share', () => {
    expect(trieOf(['/api/v1/a', '/api/v1/b', '/api/v2/c', '/health']).trunk()).toEqual(['api']);
    expect(trieOf(['/api/v1/a', '/api/v1/b', '/api/v1/c', '/health']).trunk()).toEqual(['api', 'v1']);
  });

  it('is empty when no leading segment holds a majority', () => {
    expect(trieOf(['/users', '/users/{id}', '/orders', '/orders/{id}']).trunk()).toEqual([]);
    expect(trieOf([]).trunk()).toEqual([]);
  });
});
