/**
 * A comparison key for medication names, so that the record's "Metoprolol Succinate ER 50 MG 24 hr Tablet"
 * and the pharmacy's "metoprolol 50mg" meet. Written by hand: no pure-JS library normalises drug names
 * offline (RxNorm needs a server or a 1 GB download), and the rules below are what a patient's two lists need.
 *
 * Decisions:
 * - Case, spacing, punctuation, strengths ("50 mg"), dosage forms ("tablet", "oral") and anything in
 *   parentheses (brand names the record adds, "(TOPROL XL)") are ignored.
 * - Salt forms are ignored for matching (metoprolol succinate = metoprolol tartrate = metoprolol), but kept in
 *   `salts` so the comparison can say "salt form differs": succinate and tartrate are not interchangeable
 *   mg for mg, so a difference is worth a look without being a different drug. A name that is only salt words
 *   ("potassium chloride", "sodium chloride") keeps them, since the salt is the drug.
 * - Release suffixes (ER, XR, SR, CR, XL, LA, 24 hr; DR, EC) are ignored for matching and kept in `release`,
 *   for the same reason: pharmacy lists often drop them, yet IR vs ER is a real difference to review.
 * - Combination products match whatever the separator and order ("lisinopril-HCTZ" = "hydrochlorothiazide /
 *   lisinopril"); a few common abbreviations are expanded (HCTZ, APAP, ASA; paracetamol = acetaminophen).
 * - Brand and generic names (Toprol XL vs metoprolol) are NOT matched: that needs a drug database.
 */
export type ReleaseForm = 'extended' | 'delayed' | 'immediate';

export interface MedicationNameKey {
  /** Equal keys mean "the same medication" for reconciliation; '' when no name could be read. */
  readonly key: string;
  readonly salts: readonly string[];
  readonly release: ReleaseForm | null;
}

const SALTS = new Map<string, string>(
  Object.entries({
    succinate: 'succinate',
    tartrate: 'tartrate',
    hydrochloride: 'hydrochloride',
    hcl: 'hydrochloride',
    dihydrochloride: 'hydrochloride',
    hydrobromide: 'hydrobromide',
    hbr: 'hydrobromide',
    sodium: 'sodium',
    potassium: 'potassium',
    calcium: 'calcium',
    magnesium: 'magnesium',
    maleate: 'maleate',
    besylate: 'besylate',
    besilate: 'besylate',
    mesylate: 'mesylate',
    mesilate: 'mesylate',
    sulfate: 'sulfate',
    sulphate: 'sulfate',
    bisulfate: 'bisulfate',
    phosphate: 'phosphate',
    citrate: 'citrate',
    acetate: 'acetate',
    bromide: 'bromide',
    chloride: 'chloride',
    fumarate: 'fumarate',
    hemifumarate: 'fumarate',
    tosylate: 'tosylate',
    hyclate: 'hyclate',
    gluconate: 'gluconate',
    lactate: 'lactate',
    propionate: 'propionate',
    furoate: 'furoate',
    valerate: 'valerate',
    monohydrate: 'hydrate',
    dihydrate: 'hydrate',
    trihydrate: 'hydrate',
    hydrate: 'hydrate',
    anhydrous: 'anhydrous',
  }),
);

const FORM_WORDS = new Set(
  (
    'tablet tablets tab tabs capsule capsules cap caps oral po solution soln suspension susp syrup elixir ' +
    'liquid injection inj injectable cream ointment gel lotion patch patches inhaler inhalation aerosol ' +
    'powder drops drop film coated chewable disintegrating odt spray nasal topical ophthalmic otic ' +
    'sublingual transdermal buccal kit pen vial ampule prefilled syringe hr h hour hours day per each ' +
    'mg mcg ug g gm ml l iu unit units meq mmol actuation act dose take by mouth daily once twice ' +
    'nightly bedtime prn as needed of the'
  ).split(' '),
);

const SYNONYMS = new Map<string, string>([
  ['hctz', 'hydrochlorothiazide'],
  ['apap', 'acetaminophen'],
  ['paracetamol', 'acetaminophen'],
  ['asa', 'aspirin'],
]);

const EXTENDED =
  /\b(?:extended|sustained|controlled|modified|prolonged)[\s-]*release\b|\b(?:er|xr|sr|cr|xl|la|mr|cd)\b|\b(?:12|24)[\s-]*(?:hr|hour|h)\b/g;
const DELAYED = /\bdelayed[\s-]*release\b|\benteric[\s-]*coated\b|\b(?:dr|ec)\b/g;
const IMMEDIATE = /\bimmediate[\s-]*release\b|\bir\b/g;

export function medicationNameKey(name: string): MedicationNameKey {
  let text = name.normalize('NFKC').toLowerCase();
  text = text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
  let release: ReleaseForm | null = null;
  // search() rather than test(): these patterns are global, and test() would carry lastIndex between calls.
  if (text.search(IMMEDIATE) >= 0) release = 'immediate';
  if (text.search(DELAYED) >= 0) release = 'delayed';
  if (text.search(EXTENDED) >= 0) release = 'extended';
  text = text.replace(EXTENDED, ' ').replace(DELAYED, ' ').replace(IMMEDIATE, ' ');
  // Strengths such as "50 mg", "20-12.5 mg", "5 mg/5 ml": numbers and the unit words (in FORM_WORDS) go.
  text = text.replace(/(?<![\p{L}\p{N}])\d+(?:[.,]\d+)?(?:\s*[-/]\s*\d+(?:[.,]\d+)?)*/gu, ' ');

  const salts = new Set<string>();
  const components: string[] = [];
  for (const part of text.split(/[/+,&]|-|\band\b|\bwith\b/)) {
    const words = (part.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !FORM_WORDS.has(w));
    const drug = words.filter((w) => !SALTS.has(w)).map((w) => SYNONYMS.get(w) ?? w);
    const partSalts = words.filter((w) => SALTS.has(w));
    if (drug.length > 0) {
      for (const s of partSalts) salts.add(SALTS.get(s) ?? s);
      components.push(drug.join(' '));
    } else if (partSalts.length > 0) {
      components.push(partSalts.join(' '));
    }
  }
  const key = [...new Set(components)].sort().join(' / ');
  return { key, salts: [...salts].sort(), release };
}
