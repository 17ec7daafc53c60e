export { deidentify, type DeidResult } from './deidentify';
export { createDeidContext, remapUid, type DeidContext, type Pseudonym } from './deidContext';
export { burnedInRisk, type BurnedInInput, type BurnedInRisk } from './burnedInRisk';
export { resolveAction, resolveBasic, ruleFor, type Action } from './resolveAction';
export { methodCodes } from './deidMethod';
export type { DeidOptions, OptionName } from './profileTypes';
export { PROFILE_RULES, PROFILE_PATTERNS } from './profileRules.generated';
