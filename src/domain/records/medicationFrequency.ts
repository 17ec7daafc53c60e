/**
 * How many times a day a written frequency means ("BID", "twice daily", "every 12 hours", "2 times a day"),
 * so the record's and pharmacy's directions can be compared. Only common English and Latin abbreviations;
 * anything else is 'unknown' and never reported as a difference.
 */
export type DailyFrequency = number | 'as-needed' | 'unknown';

const RULES: ReadonlyArray<readonly [RegExp, number]> = [
  [/\b(?:qid|four times|4\s*(?:x|times))\b/, 4],
  [/\b(?:tid|three times|thrice|3\s*(?:x|times))\b/, 3],
  [/\b(?:bid|twice|two times|2\s*(?:x|times))\b/, 2],
  [/\b(?:qod|every other day|alternate days)\b/, 0.5],
  [/\b(?:weekly|once a week|every week|q\s*week|qwk)\b/, 1 / 7],
  [/\b(?:monthly|once a month|every month)\b/, 1 / 30],
  [
    /\b(?:qd|od|daily|once|every day|each day|per day|a day|nightly|at bedtime|qhs|hs|qam|qpm|every (?:morning|evening|night))\b/,
    1,
  ],
];

export function dailyFrequency(text: string): DailyFrequency {
  const t = text.toLowerCase();
  if (/\b(?:prn|as needed|when needed|if needed)\b/.test(t)) return 'as-needed';
  const hours = /\b(?:q\s*(\d+)\s*(?:h|hr|hrs|hours?)|every\s+(\d+)\s*(?:h|hr|hrs|hours?))\b/.exec(t);
  const h = Number(hours?.[1] ?? hours?.[2] ?? Number.NaN);
  if (h > 0) return 24 / h;
  const times = /\b(\d+)\s*(?:x|times)\s*(?:a|per|each|\/)?\s*(?:day|daily)\b/.exec(t);
  if (times) return Number(times[1]);
  for (const [re, perDay] of RULES) if (re.test(t)) return perDay;
  return 'unknown';
}

/** Whether a frequency phrase starts in the text, and where: the list parser uses it to split a line. */
export function frequencyStart(text: string): number {
  const m =
    /\b(?:take|use|apply|inhale|inject|instill|every|each|once|twice|daily|nightly|weekly|monthly|at bedtime|as needed|prn|q\s*\d+\s*h|q[dh]s?|qod|qam|qpm|od|bid|tid|qid|\d+\s*(?:x|times)\b|by mouth)\b/i.exec(
      text,
    );
  return m ? m.index : -1;
}
