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
