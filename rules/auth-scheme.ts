import type { Rule } from '../src/rule-api.js';
import { CredentialNames, type NamedCredential } from '../src/auth/credentials.js';
import { formatLocation, operationLabel } from '../src/spec/spec-index.js';
import type { Position } from '../src/types.js';

const CREDENTIAL_COLUMNS = /^(credentials?|auth(entication|orization)?|security|token|key)$/;

export const authScheme: Rule = {
  meta: {
    id: 'auth-scheme',
    description: 'A credential the page names for an operation must be one that a security alternative of the operation accepts.',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      notAccepted: '{{operation}} does not accept the {{credential}} ({{evidence}}); it accepts {{alternatives}} ({{location}})',
    },
  },
  check(context) {
    let names: CredentialNames | undefined;
    for (const claim of context.endpoints) {
      const operations = context.spec.operationsOf(claim.path, claim.method);
      if (operations.length === 0 || operations.some((operation) => !operation.securityDeclared)) continue;
      names ??= CredentialNames.for(context.config, context.spec);

      // Each credential once per claim, at its strongest evidence: the value sent, then the row, then the prose.
      const named = new Map<string, { credential: NamedCredential; evidence: string; position: Position }>();
      const note = (credentials: NamedCredential[], evidence: (written: string) => string, position: Position) => {
        for (const credential of credentials) {
          if (!named.has(credential.scheme)) named.set(credential.scheme, { credential, evidence: evidence(credential.written), position });
        }
      };
      for (const header of claim.headers) note(names.inValue(header.value), (written) => `${written} in the ${header.name} header`, header.position);
      for (const [column, text] of Object.entries(claim.row ?? {})) {
        if (CREDENTIAL_COLUMNS.test(column)) note(names.inText(text), (written) => `"${written}" in the ${column} column`, claim.position);
      }
      if (claim.context.sentence) note(names.inText(claim.context.sentence), (written) => `"${written}" in the text`, claim.position);

      for (const { credential, evidence, position } of named.values()) {
        const accepted = operations.some((operation) => operation.security.some((alternative) => alternative.some((scheme) => scheme.name === credential.scheme)));
        if (accepted) continue;
        const operation = operations[0]!;
        context.report({
          messageId: 'notAccepted',
          data: {
            operation: operationLabel(operation),
            credential: names.label(credential.scheme),
            evidence,
            alternatives: names.describeAlternatives(operation.security),
            location: formatLocation(operation.location()),
          },
          position,
          subject: `${operationLabel(operation)} ${credential.scheme}`,
        });
      }
    }
  },
};
