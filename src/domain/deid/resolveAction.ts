import { PROFILE_PATTERNS, PROFILE_RULES } from './profileRules.generated';
import type { BasicAction, DeidOptions, OptionName, ProfilePattern, ProfileRule } from './profileTypes';

/** A single action, once compound actions and options are resolved. */
export type Action = 'X' | 'Z' | 'D' | 'U' | 'K' | 'C';

const RULES = new Map<number, ProfileRule>(PROFILE_RULES.map((r) => [r.tag, r]));

/** The Table E.1-1 row that governs a tag, exact rows first, then the repeating groups (curves, overlays). */
export function ruleFor(tag: number): ProfileRule | ProfilePattern | undefined {
  return RULES.get(tag) ?? PROFILE_PATTERNS.find((p) => (tag & p.mask) >>> 0 === p.value);
}

/**
 * Compound actions name alternatives chosen by the attribute's Type in the IOD at hand (PS3.15 E.1-1:
 * X/Z "Z if Type 2, else X"; Z/D "D if Type 1, else Z"...). This de-identifier does not know each IOD's
 * module tables, so it takes the strictest alternative: X (removal) whenever X is one of them, otherwise
 * Z. The result may drop a Type 1 or 2 attribute an IOD requires; that costs conformance, never privacy.
 */
export function resolveBasic(action: BasicAction): Action {
  if (action.startsWith('X')) return 'X';
  if (action === 'Z/D') return 'Z';
  return action as Action;
}

const OPTION_ORDER: readonly OptionName[] = [
  'retainLongitudinalFullDates',
  'retainPatientCharacteristics',
  'retainDeviceIdentity',
  'retainInstitutionIdentity',
  'retainUids',
  'cleanDescriptors',
];

/**
 * The action for one attribute under the chosen options. Each chosen option whose column names this
 * attribute replaces the basic action. When several chosen options name it, K (keep) wins over C (clean):
 * every option is a user's explicit request to retain a class of information, and cleaning what another
 * option retains would undo that request.
 */
export function resolveAction(rule: ProfileRule | ProfilePattern, options: DeidOptions): Action {
  let chosen: Action | undefined;
  for (const name of OPTION_ORDER) {
    if (!options[name]) continue;
    const action = rule.options?.[name];
    if (action === 'K') return 'K';
    if (action === 'C') chosen = 'C';
  }
  return chosen ?? resolveBasic(rule.basic);
}
