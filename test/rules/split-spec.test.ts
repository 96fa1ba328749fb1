import { enumValues } from '../../rules/enum-values.js';
import { queryParams } from '../../rules/query-params.js';
import { requestBody } from '../../rules/request-body.js';
import { runRuleTests } from '../helpers/rule-tester.js';

/**
 * A spec split over folders of different depths: a `$ref` inside a `$ref`'d parameter or request
 * body is relative to the file that holds it, not to the path item's file.
 */
const spec = `openapi: 3.1.0
info: { title: Split, version: '1' }
servers: [{ url: 'https://api.split.test' }]
paths:
  /things:
    $ref: 'docs/spec/paths/things.yaml'
`;
const parts = {
  'spec/paths/things.yaml': `post:
  parameters:
    - $ref: '../components/params/mode.yaml'
    - $ref: '../components/params/filter.yaml'
  requestBody:
    $ref: '../components/bodies/thing.yaml'
  responses: { '201': { description: created } }
`,
  'spec/components/params/mode.yaml': "name: mode\nin: query\nschema: { $ref: '../../schemas/mode.yaml' }\n",
  'spec/components/params/filter.yaml': "name: filter\nin: query\nschema: { $ref: '../../schemas/filter.yaml' }\n",
  'spec/components/bodies/thing.yaml': "content:\n  application/json:\n    schema: { $ref: '../../schemas/thing.yaml' }\n",
  'spec/schemas/mode.yaml': 'type: string\nenum: [fast, slow]\n',
  'spec/schemas/filter.yaml': 'type: object\nproperties:\n  status: { type: string }\n',
  'spec/schemas/thing.yaml': 'type: object\nrequired: [name]\nproperties:\n  name: { type: string }\n',
};
const call = (query: string, body: string) => `\`\`\`bash\ncurl -X POST "https://api.split.test/things?${query}" -d '${body}'\n\`\`\`\n`;

runRuleTests(enumValues, {
  spec,
  pages: parts,
  valid: [{ name: 'a parameter enum behind two $refs', code: call('mode=fast', '{"name": "x"}') }],
  invalid: [
    {
      name: 'a value the $ref\'d parameter schema does not allow',
      code: call('mode=turbo', '{"name": "x"}'),
      errors: [{ line: 2, column: 15, message: '`turbo` is not a value of `mode` for POST /things; allowed: fast, slow (openapi.yaml:5)' }],
    },
  ],
});

runRuleTests(queryParams, {
  spec,
  pages: parts,
  valid: [{ name: 'the properties of an exploded object parameter behind two $refs', code: call('status=open&mode=fast', '{"name": "x"}') }],
  invalid: [{ name: 'a key neither parameter declares', code: call('colour=red', '{"name": "x"}'), errors: [{ line: 2, column: 45, message: 'Query parameter `colour` is not in the spec for POST /things, which declares mode, filter, status (openapi.yaml:5)' }] }],
});

runRuleTests(requestBody, {
  spec,
  pages: parts,
  valid: [{ name: 'a body schema behind two $refs', code: call('mode=fast', '{"name": "x"}') }],
  invalid: [
    {
      name: 'a body the $ref\'d schema rejects',
      code: call('mode=fast', '{"title": "x"}'),
      errors: [{ line: 2, column: 60, message: 'The POST /things request body leaves out the required property `name` (openapi.yaml:5)' }],
    },
  ],
});
