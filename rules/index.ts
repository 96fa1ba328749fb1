import type { Rule } from '../src/rule-api.js';
import { endpointExists } from './endpoint-exists.js';
import { authScheme } from './auth-scheme.js';
import { enumValues } from './enum-values.js';
import { requestBody } from './request-body.js';
import { responseBody } from './response-body.js';
import { statusCode } from './status-code.js';
import { deprecatedEndpoint } from './deprecated-endpoint.js';
import { headerKnown } from './header-known.js';
import { headerRequired } from './header-required.js';
import { hostTier } from './host-tier.js';
import { serverHost } from './server-host.js';
import { pathParams } from './path-params.js';
import { queryParams } from './query-params.js';
import { parseError } from './parse-error.js';
import { anchorExists } from './anchor-exists.js';
import { linkTarget } from './link-target.js';
import { navEntry } from './nav-entry.js';
import { referenceLink } from './reference-link.js';

/** Every rule docspec has, in catalog order. */
export const allRules: readonly Rule[] = [endpointExists, pathParams, queryParams, hostTier, serverHost, headerKnown, headerRequired, authScheme, enumValues, requestBody, responseBody, statusCode, deprecatedEndpoint, anchorExists, linkTarget, referenceLink, navEntry, parseError];

export const ruleIds: readonly string[] = allRules.map((rule) => rule.meta.id);
