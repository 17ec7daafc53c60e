import type { PersonName, PersonNameGroup } from '../model';

function group(text: string): PersonNameGroup {
  const [family = '', given = '', middle = '', prefix = '', suffix = ''] = text
    .split('^')
    .map((c) => c.trim());
  return { text, family, given, middle, prefix, suffix };
}

/**
 * Splits one decoded PN value into its component groups and components. Trailing empty groups and
 * components are dropped from `text` (they are padding), nothing else is changed.
 */
export function parsePersonName(decoded: string): PersonName | undefined {
  const text = decoded.replace(/[\s\0]+$/, '').replace(/[=^]+$/, '');
  if (text === '') return undefined;
  const [alphabetic = '', ideographic, phonetic] = text.split('=');
  return {
    text,
    alphabetic: group(alphabetic),
    ...(ideographic ? { ideographic: group(ideographic) } : {}),
    ...(phonetic ? { phonetic: group(phonetic) } : {}),
  };
}

/** A short form for lists: the alphabetic group as "Family, Given Middle", else the first non-empty group. */
export function formatPersonName(name: PersonName): string {
  const g = [name.alphabetic, name.ideographic, name.phonetic].find((x) => x && x.text !== '');
  if (!g) return name.text;
  const rest = [g.given, g.middle].filter(Boolean).join(' ');
  const core = g.family && rest ? `${g.family}, ${rest}` : g.family || rest;
  return [g.prefix, core, g.suffix].filter(Boolean).join(' ') || g.text;
}
