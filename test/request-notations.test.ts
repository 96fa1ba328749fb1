import { describe, it, expect } from 'vitest';
import {
  parseCurlCommands,
  parseFetchCalls,
  parseHttpRequests,
  tokenizeShell,
  type RawRequest,
  type Span,
} from '../src/extract/request-notations.js';

const at = (code: string, span: Span | undefined): string => (span ? code.slice(span.start, span.end) : '<no span>');

/** The request's facts in one comparable object, every span replaced by the text it covers. */
function view(code: string, request: RawRequest) {
  return {
    method: request.method,
    methodExplicit: request.methodExplicit,
    url: request.url,
    urlText: at(code, request.urlSpan),
    headers: request.headers.map((header) => ({ name: header.name, value: header.value, text: at(code, header.span) })),
    body: request.body,
    bodyText: request.body === undefined ? undefined : at(code, request.bodySpan),
  };
}

function only(requests: RawRequest[]): RawRequest {
  expect(requests).toHaveLength(1);
  return requests[0]!;
}

describe('tokenizeShell', () => {
  it('removes quotes, keeps variables verbatim and maps every character to its source', () => {
    const code = `echo 'a b' "c \\"d\\" $X" \${Y}z e\\ f`;
    const words = tokenizeShell(code).tokens.filter((t) => t.kind === 'word');
    expect(words.map((w) => w.kind === 'word' && w.value)).toEqual(['echo', 'a b', 'c "d" $X', '${Y}z', 'e f']);
    for (const word of words) {
      if (word.kind !== 'word') continue;
      expect(word.offsets.map((offset) => code[offset]).join('')).toBe(word.value);
    }
  });

  it('joins continuation lines (LF and CRLF) and emits newlines and operators', () => {
    const code = 'a \\\nb \\\r\nc | d && e; f\ng';
    const tokens = tokenizeShell(code).tokens.map((t) => (t.kind === 'word' ? t.value : `op:${t.op}`));
    expect(tokens).toEqual(['a', 'b', 'c', 'op:|', 'd', 'op:&&', 'e', 'op:;', 'f', 'op:\n', 'g']);
  });

  it('skips comments and reads heredoc bodies without tokenizing them', () => {
    const code = "cat <<'EOF' # note\n{\"a\": \"b c\"}\nEOF\necho done";
    const { tokens } = tokenizeShell(code);
    const heredocOp = tokens.find((t) => t.kind === 'op' && t.op === '<<');
    expect(heredocOp?.kind === 'op' && heredocOp.heredoc?.body).toBe('{"a": "b c"}');
    expect(tokens.filter((t) => t.kind === 'word').map((t) => t.kind === 'word' && t.value)).toEqual(['cat', 'echo', 'done']);
  });

  it('reports $(...) contents as substitutions', () => {
    const code = 'TOKEN=$(get-token --scope "a b")';
    const { tokens, substitutions } = tokenizeShell(code);
    expect(tokens).toHaveLength(1);
    expect(substitutions.map((s) => at(code, s))).toEqual(['get-token --scope "a b"']);
  });
});

describe('parseCurlCommands', () => {
  it('parses a multi-line command with method, headers and a single-quoted JSON body', () => {
    const code = [
      'curl -X PUT "$TENANT_URL/admin/workspaces/ws_123/llm-billing-mode" \\',
      '  -H "Authorization: Bearer $ADMIN_TOKEN" \\',
      "  -H 'Content-Type: application/json' \\",
      "  -d '{",
      '    "mode": "metered",',
      '    "workspace": "<id>"',
      "  }'",
    ].join('\n');
    const request = only(parseCurlCommands(code));
    expect(request.notation).toBe('curl');
    expect(view(code, request)).toEqual({
      method: 'PUT',
      methodExplicit: true,
      url: '$TENANT_URL/admin/workspaces/ws_123/llm-billing-mode',
      urlText: '$TENANT_URL/admin/workspaces/ws_123/llm-billing-mode',
      headers: [
        { name: 'Authorization', value: 'Bearer $ADMIN_TOKEN', text: 'Authorization: Bearer $ADMIN_TOKEN' },
        { name: 'Content-Type', value: 'application/json', text: 'Content-Type: application/json' },
      ],
      body: '{\n    "mode": "metered",\n    "workspace": "<id>"\n  }',
      bodyText: '{\n    "mode": "metered",\n    "workspace": "<id>"\n  }',
    });
    expect(request.span).toEqual({ start: 0, end: code.length });
  });

  it('defaults to GET with an unquoted URL and no options', () => {
    const code = 'curl https://api.example.com/v1/items';
    const request = only(parseCurlCommands(code));
    expect(view(code, request)).toEqual({
      method: 'GET',
      methodExplicit: false,
      url: 'https://api.example.com/v1/items',
      urlText: 'https://api.example.com/v1/items',
      headers: [],
      body: undefined,
      bodyText: undefined,
    });
    expect(at(code, request.span)).toBe(code);
  });

  it('accepts glued -XPATCH and --request=DELETE', () => {
    const patch = only(parseCurlCommands('curl -XPATCH https://x.test/a'));
    expect([patch.method, patch.methodExplicit, patch.url]).toEqual(['PATCH', true, 'https://x.test/a']);
    const del = only(parseCurlCommands('curl --request=DELETE https://x.test/b'));
    expect([del.method, del.methodExplicit, del.url]).toEqual(['DELETE', true, 'https://x.test/b']);
    const sx = only(parseCurlCommands('curl -sXPOST https://x.test/c'));
    expect([sx.method, sx.url]).toEqual(['POST', 'https://x.test/c']);
  });

  it('uppercases a written method and gives null for a variable one', () => {
    expect(only(parseCurlCommands('curl -X post https://x.test/a')).method).toBe('POST');
    const variable = only(parseCurlCommands('curl -X "$METHOD" https://x.test/a'));
    expect([variable.method, variable.methodExplicit]).toEqual([null, true]);
  });

  it('implies POST from -d, --data-raw, --json and -F', () => {
    for (const option of ['-d', '--data', '--data-raw', '--data-binary', '--data-urlencode', '--json']) {
      const code = `curl ${option} '{"a":1}' https://x.test/a`;
      const request = only(parseCurlCommands(code));
      expect([request.method, request.methodExplicit, request.body, at(code, request.bodySpan)]).toEqual(['POST', false, '{"a":1}', '{"a":1}']);
      expect(request.headers).toEqual([]); // --json adds no headers
    }
    const form = only(parseCurlCommands('curl -F file=@a.png https://x.test/upload'));
    expect([form.method, form.methodExplicit, form.body]).toEqual(['POST', false, undefined]);
  });

  it('keeps GET with -G -d, and the data is no body', () => {
    const request = only(parseCurlCommands('curl -G -d q=shoes -d limit=5 https://x.test/search'));
    expect([request.method, request.methodExplicit, request.url, request.body]).toEqual(['GET', false, 'https://x.test/search', undefined]);
    expect(only(parseCurlCommands('curl --get --data q=a https://x.test/s')).method).toBe('GET');
  });

  it('implies HEAD from -I and PUT from -T, and -X wins over both', () => {
    expect(only(parseCurlCommands('curl -I https://x.test/a')).method).toBe('HEAD');
    expect(only(parseCurlCommands('curl --head https://x.test/a')).method).toBe('HEAD');
    expect(only(parseCurlCommands('curl -T file.bin https://x.test/a')).method).toBe('PUT');
    const upload = only(parseCurlCommands('curl --upload-file file.bin https://x.test/a'));
    expect([upload.method, upload.url]).toEqual(['PUT', 'https://x.test/a']);
    const explicit = only(parseCurlCommands('curl -X POST -d a=1 -I https://x.test/a'));
    expect([explicit.method, explicit.methodExplicit]).toEqual(['POST', true]);
  });

  it('joins several -d values with & as curl sends them', () => {
    const code = 'curl -d a=1 -d b=2 https://x.test/a';
    const request = only(parseCurlCommands(code));
    expect(request.body).toBe('a=1&b=2');
    expect(at(code, request.bodySpan)).toBe('a=1 -d b=2');
  });

  it('keeps placeholders and variables in bodies verbatim', () => {
    const code = `curl -X POST https://x.test/a -d '{"id": "<id>"}' && curl -X POST https://x.test/b --data "$WS_ID"`;
    const [first, second] = parseCurlCommands(code);
    expect(first?.body).toBe('{"id": "<id>"}');
    expect(second?.body).toBe('$WS_ID');
    expect(at(code, second?.bodySpan)).toBe('$WS_ID');
  });

  it('decodes \\" escapes in double-quoted bodies; the span covers the text as written', () => {
    const code = 'curl -d "{\\"name\\": \\"$NAME\\"}" https://x.test/a';
    const request = only(parseCurlCommands(code));
    expect(request.body).toBe('{"name": "$NAME"}');
    expect(at(code, request.bodySpan)).toBe('{\\"name\\": \\"$NAME\\"}');
  });

  it('records -u, -b, -A, -e and --oauth2-bearer as headers', () => {
    const code = "curl -u admin:$PASS -b 'session=abc' -A my-agent/1.0 -e https://ref.test --oauth2-bearer $TOKEN https://x.test/a";
    const request = only(parseCurlCommands(code));
    expect(view(code, request).headers).toEqual([
      { name: 'Authorization', value: 'Basic admin:$PASS', text: 'admin:$PASS' },
      { name: 'Cookie', value: 'session=abc', text: 'session=abc' },
      { name: 'User-Agent', value: 'my-agent/1.0', text: 'my-agent/1.0' },
      { name: 'Referer', value: 'https://ref.test', text: 'https://ref.test' },
      { name: 'Authorization', value: 'Bearer $TOKEN', text: '$TOKEN' },
    ]);
    expect(request.url).toBe('https://x.test/a');
  });

  it('reads long header options, glued -H and empty headers', () => {
    const code = `curl --header 'X-Api-Key:  key-1 ' -H'X-Trace: on' --header=X-Other:v -H 'X-Empty;' -H @headers.txt https://x.test/a`;
    const request = only(parseCurlCommands(code));
    expect(view(code, request).headers).toEqual([
      { name: 'X-Api-Key', value: 'key-1', text: 'X-Api-Key:  key-1 ' },
      { name: 'X-Trace', value: 'on', text: 'X-Trace: on' },
      { name: 'X-Other', value: 'v', text: 'X-Other:v' },
      { name: 'X-Empty', value: '', text: 'X-Empty;' },
    ]);
  });

  it('splits a header value at the first colon only', () => {
    const request = only(parseCurlCommands(`curl -H 'Link: <https://a.test/x>; rel="next"' https://x.test/a`));
    expect(request.headers[0]).toMatchObject({ name: 'Link', value: '<https://a.test/x>; rel="next"' });
  });

  it('does not let argument-less flags swallow the URL', () => {
    for (const flags of ['-s', '-S', '-i', '-v', '-L', '-k', '-f', '-g', '-sS', '-sSL', '-fsSL', '--silent --show-error', '--include --verbose', '--location --insecure --fail', '--compressed --globoff', '-s -S -L']) {
      const request = only(parseCurlCommands(`curl ${flags} https://x.test/a`));
      expect(request.url).toBe('https://x.test/a');
    }
  });

  it('skips the arguments of options that take one', () => {
    const code =
      'curl -o out.json -w "%{http_code}" -m 10 --connect-timeout 5 --retry 3 -x http://proxy:8080 --cacert ca.pem --cert c.pem --output o --write-out x --max-time 3 --proxy p https://x.test/a';
    expect(only(parseCurlCommands(code)).url).toBe('https://x.test/a');
    expect(only(parseCurlCommands('curl -sSo out.bin https://x.test/b')).url).toBe('https://x.test/b');
  });

  it('treats unknown --x=y options as one word', () => {
    expect(only(parseCurlCommands('curl --tls-whatever=1.3 --no-buffer https://x.test/a')).url).toBe('https://x.test/a');
  });

  it('takes the URL from --url, and --url=...', () => {
    const code = 'curl --url "https://x.test/a?b=c" -H "Accept: */*"';
    const request = only(parseCurlCommands(code));
    expect([request.url, at(code, request.urlSpan)]).toEqual(['https://x.test/a?b=c', 'https://x.test/a?b=c']);
    expect(only(parseCurlCommands('curl --url=https://x.test/z')).url).toBe('https://x.test/z');
  });

  it('takes the first non-option argument as the URL when there are several', () => {
    expect(only(parseCurlCommands('curl https://x.test/one https://x.test/two')).url).toBe('https://x.test/one');
    expect(only(parseCurlCommands('curl -s -- https://x.test/after-dashes')).url).toBe('https://x.test/after-dashes');
  });

  it.each([
    ['"$CP_URL/v1/workspaces"', '$CP_URL/v1/workspaces'],
    ['${CP_URL}/v1/workspaces', '${CP_URL}/v1/workspaces'],
    ['{WEBAPP_URL}/api/x', '{WEBAPP_URL}/api/x'],
    ['https://<your-org>.example.com/api/v1/x', 'https://<your-org>.example.com/api/v1/x'],
    ['<your-org>.example.com/api/v1/x', '<your-org>.example.com/api/v1/x'],
    ["'http://localhost:8080/v1/x'", 'http://localhost:8080/v1/x'],
    ['api.example.com/v1/x', 'api.example.com/v1/x'],
    ['/v1/x', '/v1/x'],
    ['https://api.x.com/v1/a?b=c&d=e', 'https://api.x.com/v1/a?b=c&d=e'],
    ['"https://api.x.com/v1/a?b=c&d=e"', 'https://api.x.com/v1/a?b=c&d=e'],
  ])('accepts the URL %s', (written, url) => {
    const code = `curl -s ${written} -H 'Accept: application/json'`;
    const request = only(parseCurlCommands(code));
    expect(request.url).toBe(url);
    expect(at(code, request.urlSpan)).toBe(url);
    expect(request.headers).toHaveLength(1);
  });

  it('ends an unquoted URL at && and parses the next command', () => {
    const code = 'curl https://x.test/a?b=c&&curl -X DELETE https://x.test/d';
    const requests = parseCurlCommands(code);
    expect(requests.map((r) => [r.method, r.url])).toEqual([
      ['GET', 'https://x.test/a?b=c'],
      ['DELETE', 'https://x.test/d'],
    ]);
  });

  it('finds several commands with prompts, comments, exports, pipes and chains', () => {
    const code = [
      '# Create a workspace',
      'export WS=ws_123',
      '$ curl -s -X POST https://api.example.com/v1/workspaces -d \'{"name": "demo"}\' | jq .id',
      '',
      '# then read it back',
      'curl -s "https://api.example.com/v1/workspaces/$WS" > ws.json; curl -X DELETE https://api.example.com/v1/workspaces/$WS',
      'TOKEN=abc curl https://api.example.com/v1/me || echo failed',
      'if curl -fsS https://api.example.com/health; then echo ok; fi',
    ].join('\n');
    const requests = parseCurlCommands(code);
    expect(requests.map((r) => [r.method, r.methodExplicit, r.url])).toEqual([
      ['POST', true, 'https://api.example.com/v1/workspaces'],
      ['GET', false, 'https://api.example.com/v1/workspaces/$WS'],
      ['DELETE', true, 'https://api.example.com/v1/workspaces/$WS'],
      ['GET', false, 'https://api.example.com/v1/me'],
      ['GET', false, 'https://api.example.com/health'],
    ]);
    expect(at(code, requests[0]!.span)).toBe('curl -s -X POST https://api.example.com/v1/workspaces -d \'{"name": "demo"}\'');
    expect(at(code, requests[1]!.span)).toBe('curl -s "https://api.example.com/v1/workspaces/$WS"');
    expect(requests[0]!.body).toBe('{"name": "demo"}');
  });

  it('finds curl inside $(...)', () => {
    const code = "TOKEN=$(curl -s -X POST https://auth.test/token -d 'grant_type=x' | jq -r .token)\ncurl -H \"Authorization: Bearer $TOKEN\" https://x.test/a";
    const requests = parseCurlCommands(code);
    expect(requests.map((r) => [r.method, r.url, r.body])).toEqual([
      ['POST', 'https://auth.test/token', 'grant_type=x'],
      ['GET', 'https://x.test/a', undefined],
    ]);
    expect(at(code, requests[0]!.urlSpan)).toBe('https://auth.test/token');
  });

  it('handles CRLF line endings and CRLF continuations', () => {
    const code = 'curl -X POST https://x.test/a \\\r\n  -H "Content-Type: application/json" \\\r\n  -d \'{"a":\r\n 1}\'\r\ncurl https://x.test/b\r\n';
    const requests = parseCurlCommands(code);
    expect(requests.map((r) => view(code, r))).toEqual([
      {
        method: 'POST',
        methodExplicit: true,
        url: 'https://x.test/a',
        urlText: 'https://x.test/a',
        headers: [{ name: 'Content-Type', value: 'application/json', text: 'Content-Type: application/json' }],
        body: '{"a":\r\n 1}',
        bodyText: '{"a":\r\n 1}',
      },
      { method: 'GET', methodExplicit: false, url: 'https://x.test/b', urlText: 'https://x.test/b', headers: [], body: undefined, bodyText: undefined },
    ]);
  });

  it('takes a heredoc as the body of -d @-', () => {
    const code = [
      "curl -X POST https://x.test/a -H 'Content-Type: application/json' -d @- <<'EOF'",
      '{',
      '  "name": "$NAME"',
      '}',
      'EOF',
      'curl https://x.test/next',
    ].join('\n');
    const requests = parseCurlCommands(code);
    expect(requests).toHaveLength(2);
    const [first, second] = requests;
    expect(first?.body).toBe('{\n  "name": "$NAME"\n}');
    expect(at(code, first?.bodySpan)).toBe('{\n  "name": "$NAME"\n}');
    expect(at(code, first?.span)).toBe(code.slice(0, code.indexOf('EOF\ncurl') + 3));
    expect(second?.url).toBe('https://x.test/next');
  });

  it('takes a heredoc for --data @- with <<- and an unquoted delimiter, and a here-string', () => {
    const code = 'curl --data @- https://x.test/a <<-JSON\n\t{"a": 1}\n\tJSON\ncurl --json @- https://x.test/b <<< \'{"b": 2}\'';
    const requests = parseCurlCommands(code);
    expect(requests.map((r) => [r.method, r.body])).toEqual([
      ['POST', '\t{"a": 1}'],
      ['POST', '{"b": 2}'],
    ]);
  });

  it('keeps -d @file.json verbatim and -d @- without stdin as written', () => {
    const code = 'curl -X POST https://x.test/a -d @file.json\necho "{}" | curl -d @- https://x.test/b';
    expect(parseCurlCommands(code).map((r) => r.body)).toEqual(['@file.json', '@-']);
  });

  it('ignores fd redirections such as 2>&1 and 2>/dev/null', () => {
    const code = 'curl -sS https://x.test/a 2>&1 | tee log\ncurl 2>/dev/null https://x.test/b';
    expect(parseCurlCommands(code).map((r) => r.url)).toEqual(['https://x.test/a', 'https://x.test/b']);
  });

  it('yields nothing when curl is not at command position or has no URL', () => {
    const code = [
      'npm install curl-impersonate',
      'echo "curl is great"',
      'echo curl https://x.test/a',
      'brew install curl',
      'curl --help',
      'curl -V',
      "# curl https://x.test/commented",
      'which curl',
    ].join('\n');
    expect(parseCurlCommands(code)).toEqual([]);
  });

  it('reads a continuation whose backslash is followed by stray blanks', () => {
    const code = 'curl -X POST https://x.test/a \\  \n  -d a=1';
    const request = only(parseCurlCommands(code));
    expect([request.method, request.body, at(code, request.span)]).toEqual(['POST', 'a=1', code]);
  });

  it('does not let an unbalanced quote in pasted output swallow later commands', () => {
    const code = "$ curl https://x.test/a\nIt's done\n$ curl -X DELETE https://x.test/b";
    expect(parseCurlCommands(code).map((r) => [r.method, r.url])).toEqual([
      ['GET', 'https://x.test/a'],
      ['DELETE', 'https://x.test/b'],
    ]);
  });

  it('keeps the arguments after an output redirection, without the target', () => {
    const code = 'curl -s > out.json https://x.test/a';
    const request = only(parseCurlCommands(code));
    expect([request.url, at(code, request.span)]).toEqual(['https://x.test/a', code]);
  });

  it('does not read heredoc content as commands', () => {
    const code = "cat > script.sh <<'EOF'\ncurl https://x.test/inside\nEOF\n";
    expect(parseCurlCommands(code)).toEqual([]);
  });
});

describe('parseHttpRequests', () => {
  it('parses a request line, headers with Host, and a body', () => {
    const code = [
      'POST /v1/workspaces HTTP/1.1',
      'Host: api.example.com',
      'Authorization: Bearer <token>',
      'Content-Type: application/json',
      '',
      '{',
      '  "name": "demo"',
      '}',
    ].join('\n');
    const request = only(parseHttpRequests(code));
    expect(request.notation).toBe('http');
    expect(view(code, request)).toEqual({
      method: 'POST',
      methodExplicit: true,
      url: '/v1/workspaces',
      urlText: '/v1/workspaces',
      headers: [
        { name: 'Host', value: 'api.example.com', text: 'Host: api.example.com' },
        { name: 'Authorization', value: 'Bearer <token>', text: 'Authorization: Bearer <token>' },
        { name: 'Content-Type', value: 'application/json', text: 'Content-Type: application/json' },
      ],
      body: '{\n  "name": "demo"\n}',
      bodyText: '{\n  "name": "demo"\n}',
    });
    expect(request.span).toEqual({ start: 0, end: code.length });
  });

  it('parses an absolute URL without HTTP version and without Host or body', () => {
    const code = 'GET https://api.example.com/v1/items?limit=5\nAccept: application/json\n';
    const request = only(parseHttpRequests(code));
    expect(view(code, request)).toEqual({
      method: 'GET',
      methodExplicit: true,
      url: 'https://api.example.com/v1/items?limit=5',
      urlText: 'https://api.example.com/v1/items?limit=5',
      headers: [{ name: 'Accept', value: 'application/json', text: 'Accept: application/json' }],
      body: undefined,
      bodyText: undefined,
    });
    expect(at(code, request.span)).toBe('GET https://api.example.com/v1/items?limit=5\nAccept: application/json');
  });

  it('skips leading comments and splits REST-client requests at ###', () => {
    const code = [
      '# List workspaces',
      '// with a comment',
      'GET {{baseUrl}}/v1/workspaces',
      '',
      '###',
      '',
      '# Delete one',
      'DELETE {{baseUrl}}/v1/workspaces/ws_1 HTTP/1.1',
      'X-Request-Id: 42',
      '###',
      'PATCH /v1/workspaces/ws_1',
      'Content-Type: application/json',
      '',
      '{"name": "x"}',
      '###',
    ].join('\n');
    const requests = parseHttpRequests(code);
    expect(requests.map((r) => [r.method, r.url, r.headers.map((h) => `${h.name}=${h.value}`), r.body])).toEqual([
      ['GET', '{{baseUrl}}/v1/workspaces', [], undefined],
      ['DELETE', '{{baseUrl}}/v1/workspaces/ws_1', ['X-Request-Id=42'], undefined],
      ['PATCH', '/v1/workspaces/ws_1', ['Content-Type=application/json'], '{"name": "x"}'],
    ]);
  });

  it('starts a new request at a request line after a blank line', () => {
    const code = 'POST /a\nContent-Type: text/plain\n\nhello\nworld\n\nGET /b\n';
    const requests = parseHttpRequests(code);
    expect(requests.map((r) => [r.method, r.url, r.body])).toEqual([
      ['POST', '/a', 'hello\nworld'],
      ['GET', '/b', undefined],
    ]);
    expect(at(code, requests[0]!.bodySpan)).toBe('hello\nworld');
  });

  it('skips responses in a block that alternates requests and responses', () => {
    const code = [
      'PUT /admin/workspaces/ws_123/llm-billing-mode HTTP/1.1',
      'Host: tenant.example.com',
      'Content-Type: application/json',
      '',
      '{"mode": "metered"}',
      '',
      'HTTP/1.1 200 OK',
      'Content-Type: application/json',
      '',
      '{"mode": "metered", "updated": true}',
      '',
      'GET /admin/workspaces/ws_123 HTTP/1.1',
      'Host: tenant.example.com',
      '',
      'HTTP/1.1 404 Not Found',
    ].join('\n');
    const requests = parseHttpRequests(code);
    expect(requests.map((r) => [r.method, r.url, r.body])).toEqual([
      ['PUT', '/admin/workspaces/ws_123/llm-billing-mode', '{"mode": "metered"}'],
      ['GET', '/admin/workspaces/ws_123', undefined],
    ]);
    expect(at(code, requests[0]!.span)).toBe(code.split('\n').slice(0, 5).join('\n'));
  });

  it('yields nothing for a response-only block', () => {
    expect(parseHttpRequests('HTTP/1.1 201 Created\nLocation: /v1/x/1\n\n{"id": 1}\n')).toEqual([]);
    expect(parseHttpRequests('HTTP/2 204\n')).toEqual([]);
  });

  it('handles CRLF line endings', () => {
    const code = 'POST /v1/x HTTP/1.1\r\nHost: api.example.com\r\nContent-Type: application/json\r\n\r\n{"a":\r\n 1}\r\n';
    const request = only(parseHttpRequests(code));
    expect(view(code, request)).toEqual({
      method: 'POST',
      methodExplicit: true,
      url: '/v1/x',
      urlText: '/v1/x',
      headers: [
        { name: 'Host', value: 'api.example.com', text: 'Host: api.example.com' },
        { name: 'Content-Type', value: 'application/json', text: 'Content-Type: application/json' },
      ],
      body: '{"a":\r\n 1}',
      bodyText: '{"a":\r\n 1}',
    });
  });

  it('takes a body written without the blank line', () => {
    const request = only(parseHttpRequests('POST /v1/x\nContent-Type: application/json\n{"a": 1}'));
    expect([request.headers.length, request.body]).toEqual([1, '{"a": 1}']);
  });

  it('treats a bare absolute URL as an implied GET', () => {
    const request = only(parseHttpRequests('https://api.example.com/v1/ping'));
    expect([request.method, request.methodExplicit, request.url]).toEqual(['GET', false, 'https://api.example.com/v1/ping']);
  });

  it('does not take prose or unknown methods for request lines', () => {
    expect(parseHttpRequests('Send this request to the API\nFETCH /x\n')).toEqual([]);
  });
});

describe('parseFetchCalls', () => {
  it('parses a string URL with no options as GET', () => {
    const code = "const res = await fetch('https://api.example.com/v1/items');";
    const request = only(parseFetchCalls(code));
    expect(request.notation).toBe('fetch');
    expect(view(code, request)).toEqual({
      method: 'GET',
      methodExplicit: false,
      url: 'https://api.example.com/v1/items',
      urlText: 'https://api.example.com/v1/items',
      headers: [],
      body: undefined,
      bodyText: undefined,
    });
    expect(at(code, request.span)).toBe("fetch('https://api.example.com/v1/items')");
  });

  it('parses a template URL with method, headers and body', () => {
    const code = [
      'const response = await fetch(`${BASE_URL}/v1/workspaces/${id}`, {',
      "  method: 'PATCH', // partial update",
      '  headers: {',
      "    'Authorization': `Bearer ${token}`,",
      '    "Content-Type": "application/json",',
      '    "X-Id": id,',
      '  },',
      '  body: JSON.stringify({ name: "demo", tags: ["a", "b"] }),',
      '});',
    ].join('\n');
    const request = only(parseFetchCalls(code));
    expect(view(code, request)).toEqual({
      method: 'PATCH',
      methodExplicit: true,
      url: '${BASE_URL}/v1/workspaces/${id}',
      urlText: '${BASE_URL}/v1/workspaces/${id}',
      headers: [
        { name: 'Authorization', value: 'Bearer ${token}', text: "'Authorization': `Bearer ${token}`" },
        { name: 'Content-Type', value: 'application/json', text: '"Content-Type": "application/json"' },
        { name: 'X-Id', value: 'id', text: '"X-Id": id' },
      ],
      body: 'JSON.stringify({ name: "demo", tags: ["a", "b"] })',
      bodyText: 'JSON.stringify({ name: "demo", tags: ["a", "b"] })',
    });
    expect(at(code, request.span)).toBe(code.slice(code.indexOf('fetch'), code.lastIndexOf(')') + 1));
  });

  it('accepts double-quoted URLs, identifier header keys and new Headers({...})', () => {
    const code = 'fetch("/api/v1/me", { method: "post", headers: new Headers({ Accept: "application/json" }) })';
    const request = only(parseFetchCalls(code));
    expect([request.method, request.url, at(code, request.urlSpan)]).toEqual(['POST', '/api/v1/me', '/api/v1/me']);
    expect(request.headers.map((h) => [h.name, h.value])).toEqual([['Accept', 'application/json']]);
  });

  it('yields nothing for a URL given as an identifier or expression', () => {
    expect(parseFetchCalls("const url = 'https://x.test/a';\nawait fetch(url, { method: 'POST' });")).toEqual([]);
    expect(parseFetchCalls("fetch(BASE + '/v1/x')")).toEqual([]);
  });

  it('gives a null method when the options are a variable or a spread', () => {
    const variable = only(parseFetchCalls("fetch('/v1/x', options)"));
    expect([variable.method, variable.methodExplicit]).toEqual([null, false]);
    const spread = only(parseFetchCalls("fetch('/v1/x', { ...defaults, body })"));
    expect([spread.method, spread.body]).toEqual([null, 'body']);
    const explicit = only(parseFetchCalls("fetch('/v1/x', { ...defaults, method: 'DELETE' })"));
    expect([explicit.method, explicit.methodExplicit]).toEqual(['DELETE', true]);
  });

  it('finds several calls, window.fetch and chained .then, but not other objects\' fetch or fetch in strings and comments', () => {
    const code = [
      "// fetch('/commented')",
      "const text = \"fetch('/in-a-string')\";",
      "window.fetch('/v1/a').then((r) => r.json());",
      "client.fetch('/not-global');",
      "const data = await fetch('/v1/b', { method: 'DELETE' });",
      'function fetchAll() { return fetchJson(`/v1/c`); }',
    ].join('\n');
    expect(parseFetchCalls(code).map((r) => [r.method, r.url])).toEqual([
      ['GET', '/v1/a'],
      ['DELETE', '/v1/b'],
    ]);
  });

  it('ignores brackets and commas inside strings and template literals', () => {
    const code = "fetch(`/v1/x?q=${encodeURIComponent('a, (b)')}`, { method: 'PUT', body: '{\"a\": [1, 2]}' })";
    const request = only(parseFetchCalls(code));
    expect([request.method, request.url, request.body]).toEqual(['PUT', "/v1/x?q=${encodeURIComponent('a, (b)')}", `'{"a": [1, 2]}'`]);
  });
});
