import type { Rule } from '../src/rule-api.js';
import { CredentialNames } from '../src/auth/credentials.js';
import { sendsAlternative } from '../src/auth/headers.js';
import { formatLocation, operationLabel } from '../src/spec/spec-index.js';

export const headerRequired: Rule = {
  meta: {
    id: 'header-required',
    description: 'A complete request example must send every required header and the credentials of one accepted security alternative.',
    defaultSeverity: 'warn',
    fixable: false,
    messages: {
      missingHeader: 'This {{notation}} example of {{operation}} leaves out the required header {{header}} ({{location}})',
      missingCredential: 'This {{notation}} example of {{operation}} sends no credential the operation accepts; it accepts {{alternatives}} ({{location}})',
    },
  },
  check(context) {
    let names: CredentialNames | undefined;
    for (const claim of context.endpoints) {
      // Only whole requests (curl, http) can be missing something; a fetch call often builds headers elsewhere.
      if ((claim.source !== 'curl' && claim.source !== 'http') || !claim.method) continue;
      const [operation, ...others] = context.spec.operationsOf(claim.path, claim.method);
      if (!operation || others.length > 0) continue;
      const sent = new Set(claim.headers.map((header) => header.name.toLowerCase()));
      const data = {
        notation: claim.source,
        operation: operationLabel(operation),
        location: formatLocation(operation.location()),
      };
      const subject = `${data.operation}`;
      for (const parameter of operation.headerParams) {
        if (parameter.required && !sent.has(parameter.name.toLowerCase())) {
          context.report({ messageId: 'missingHeader', data: { ...data, header: parameter.name }, position: claim.position, subject: `${subject} ${parameter.name.toLowerCase()}` });
        }
      }
      if (operation.security.length > 0 && !operation.security.some((alternative) => sendsAlternative(alternative, claim))) {
        names ??= CredentialNames.for(context.config, context.spec);
        context.report({
          messageId: 'missingCredential',
          data: { ...data, alternatives: names.describeAlternatives(operation.security) },
          position: claim.position,
          subject: `${subject} credential`,
        });
      }
    }
  },
};
