import type { Rule } from '../src/rule-api.js';
import { endpointExists } from './endpoint-exists.js';
import { authScheme } from './auth-scheme.js';
import { headerKnown } from './header-known.js';
import { headerRequired } from './header-required.js';
import { hostTier } from './host-tier.js';
import { parseError } from './parse-error.js';

/** Every rule docspec has, in catalog order. */
export const allRules: readonly Rule[] = [endpointExists, hostTier, headerKnown, headerRequired, authScheme, parseError];

export const ruleIds: readonly string[] = allRules.map((rule) => rule.meta.id);
