import type { PersonName, PersonNameGroup } from '../model';

/** A group's components in the order the file gives them (family first), blanks left out. */
function spaced(g: PersonNameGroup): string {
  return [g.prefix, g.family, g.given, g.middle, g.suffix].filter(Boolean).join(' ');
}

/** Family, comma, the rest: "DOE, DR JOHN Q, JR" for DOE^JOHN^Q^DR^JR. */
function familyFirst(g: PersonNameGroup): string {
  const rest = [g.prefix, g.given, g.middle].filter(Boolean).join(' ');
  const core = g.family && rest ? `${g.family}, ${rest}` : g.family || rest;
  return g.suffix ? (core ? `${core}, ${g.suffix}` : g.suffix) : core;
}

const hasName = (g: PersonNameGroup | undefined): g is PersonNameGroup => !!g && spaced(g) !== '';

/**
 * A person name as a person reads it, never with its ^ or = separators. A name written in ideographs
 * (Japanese, Korean, Chinese) leads with them, its alphabetic (or else phonetic) form after it in
 * brackets: ﾌﾙﾊｼ^ﾀｲﾁ=古橋^大地=ふるはし^たいち reads "古橋 大地 (ﾌﾙﾊｼ ﾀｲﾁ)". An alphabetic name reads
 * family first, "DOE, JOHN Q". Empty when the value names no one.
 */
export function formatPersonName(name: PersonName): string {
  const { alphabetic, ideographic, phonetic } = name;
  if (hasName(ideographic)) {
    const main = spaced(ideographic);
    const reading = [alphabetic, phonetic].find(hasName);
    const aside = reading ? spaced(reading) : '';
    return aside && aside !== main ? `${main} (${aside})` : main;
  }
  if (hasName(alphabetic)) {
    const main = familyFirst(alphabetic);
    return hasName(phonetic) ? `${main} (${spaced(phonetic)})` : main;
  }
  return hasName(phonetic) ? spaced(phonetic) : '';
}
