import type { Rule, RuleContext } from '../src/rule-api.js';
import { namedParams, type NamedParam } from '../src/params/path-param-names.js';
import { placeholderKey, spellingDifference } from '../src/params/name-spelling.js';
import { offsetInside, spanAt } from '../src/rule-positions.js';
import { formatLocation, type PathEntry, operationLabel } from '../src/spec/spec-index.js';
import type { EndpointClaim, Position } from '../src/types.js';

/** Teams write `:id` for whatever a route's one parameter is; that is a convention, not drift. */
const DEFAULT_GENERIC = ['id'];

export const pathParams: Rule = {
  meta: {
    id: 'path-params',
    description: 'A path parameter must be named as the spec names it at that place in the path.',
    defaultSeverity: 'warn',
    fixable: false,
    messages: {
      renamed: 'Path parameter `{{written}}` is `{{expected}}` in the spec ({{operation}}, {{location}})',
      respelled: 'Path parameter `{{written}}` is `{{expected}}` in the spec, the same name in {{difference}} ({{operation}}, {{location}})',
    },
  },
  check(context) {
    const accepts = genericNames(context.options.generic);
    for (const claim of context.endpoints) {
      const entries = entriesOf(context, claim);
      if (entries.length === 0) continue;
      // Several specs (or templates) can match one path; a name any of them uses is right.
      const byOffset = new Map<number, { param: NamedParam; expected: string[]; entry: PathEntry }>();
      for (const entry of entries) {
        for (const param of namedParams(claim.path, entry.fullPath)) {
          const known = byOffset.get(param.offset);
          if (known) known.expected.push(param.expected);
          else byOffset.set(param.offset, { param, expected: [param.expected], entry });
        }
      }
      for (const { param, expected, entry } of byOffset.values()) {
        if (isAccepted(param, expected, accepts)) continue;
        report(context, claim, param, expected[0]!, entry);
      }
    }
  },
};

/** The path entries the claim matched: those that have its method, when it names one some of them have. */
function entriesOf(context: RuleContext, claim: EndpointClaim): PathEntry[] {
  if (claim.path.prefix) return [];
  const entries = context.spec.match(claim.path);
  const method = claim.method;
  const withMethod = method ? entries.filter((entry) => entry.operations.has(method)) : [];
  return withMethod.length > 0 ? withMethod : entries;
}

/** Names accepted for any one-parameter segment: exactly as written, or as placeholder keys (`$ID`, `<id>`). */
type Generic = true | { names: Set<string>; keys: Set<string> };

/** `generic: true` accepts any name; a list of names replaces the default `["id"]`. */
function genericNames(option: unknown): Generic {
  if (option === true) return true;
  const names = Array.isArray(option) ? option.filter((name): name is string => typeof name === 'string') : DEFAULT_GENERIC;
  return { names: new Set(names), keys: new Set(names.map(placeholderKey)) };
}

function isAccepted(param: NamedParam, expected: string[], generic: Generic): boolean {
  if (generic === true || expected.includes(param.name)) return true;
  // A placeholder follows its own conventions (`$WORKSPACE_ID`, `<your-workspace-id>`): only other words are another name.
  const key = placeholderKey(param.name);
  if (param.notation === 'placeholder' && expected.some((name) => placeholderKey(name) === key)) return true;
  if (!param.single) return false;
  return param.notation === 'placeholder' ? generic.keys.has(key) : generic.names.has(param.name);
}

function report(context: RuleContext, claim: EndpointClaim, param: NamedParam, expected: string, entry: PathEntry): void {
  const operation = claim.method ? entry.operations.get(claim.method) : undefined;
  const label = operation ? operationLabel(operation) : entry.template;
  const difference = spellingDifference(param.name, expected);
  context.report({
    messageId: difference ? 'respelled' : 'renamed',
    data: {
      written: param.written,
      expected: `{${expected}}`,
      difference: difference ?? '',
      operation: label,
      location: formatLocation(operation?.location() ?? entry.location()),
    },
    position: positionOf(context, claim, param),
    subject: `${label} path parameter ${param.name}`,
  });
}

/** The parameter's own text on the page, found through the path as written inside the claim. */
function positionOf(context: RuleContext, claim: EndpointClaim, param: NamedParam): Position {
  const pathAt = offsetInside(context.lines, claim.position, claim.path.raw);
  return pathAt === undefined || !context.lines ? claim.position : spanAt(context.lines, pathAt + param.offset, param.written.length);
}
