import type { Rule } from '../src/rule-api.js';
import { endpointExists } from './endpoint-exists.js';
import { hostTier } from './host-tier.js';
import { parseError } from './parse-error.js';

/** Every rule docspec has, in catalog order. */
export const allRules: readonly Rule[] = [endpointExists, hostTier, parseError];

export const ruleIds: readonly string[] = allRules.map((rule) => rule.meta.id);
