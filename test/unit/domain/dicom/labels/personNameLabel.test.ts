import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPersonName, parseDicomHeader, parsePersonName } from '../../../../../src/domain/dicom';
import { dicomPath } from '../../../../sharedData';

const label = (pn: string) => {
  const name = parsePersonName(pn);
  return name ? formatPersonName(name) : undefined;
};

describe('a person name as a person reads it', () => {
  it.each([
    ['DOE^JOHN^Q^DR^JR', 'DOE, DR JOHN Q, JR'],
    ['DOE^JOHN^Q', 'DOE, JOHN Q'],
    ['EVE^TEST', 'EVE, TEST'],
    ['MÜLLER^ANNA', 'MÜLLER, ANNA'],
    ['DOE', 'DOE'],
    ['^JOHN', 'JOHN'],
    ['DOE^^^^JR', 'DOE, JR'],
    ['^^^DR', 'DR'],
    ['John Doe', 'John Doe'],
  ])('Western %s reads %s', (pn, expected) => {
    expect(label(pn)).toBe(expected);
  });

  it.each([
    ['ﾌﾙﾊｼ^ﾀｲﾁ=古橋^大地=ふるはし^たいち', '古橋 大地 (ﾌﾙﾊｼ ﾀｲﾁ)'],
    ['Yamada^Tarou=山田^太郎=やまだ^たろう', '山田 太郎 (Yamada Tarou)'],
    ['Hong^Gildong=洪^吉洞=홍^길동', '洪 吉洞 (Hong Gildong)'],
    ['Wang^XiaoDong=王^小東', '王 小東 (Wang XiaoDong)'],
    ['=山田^太郎=やまだ^たろう', '山田 太郎 (やまだ たろう)'],
    ['=山田^太郎', '山田 太郎'],
    ['Yamada^Tarou==やまだ^たろう', 'Yamada, Tarou (やまだ たろう)'],
    ['==やまだ^たろう', 'やまだ たろう'],
  ])('ideographic and phonetic forms of %s read %s', (pn, expected) => {
    expect(label(pn)).toBe(expected);
  });

  it('names no one when every component is empty', () => {
    expect(
      formatPersonName({
        text: '^',
        alphabetic: { text: '^', family: '', given: '', middle: '', prefix: '', suffix: '' },
      }),
    ).toBe('');
  });

  it.each([
    ['chrH31.dcm', '山田 太郎 (Yamada Tarou)'],
    ['chrH32.dcm', '山田 太郎 (ﾔﾏﾀﾞ ﾀﾛｳ)'],
    ['chrI2.dcm', '洪 吉洞 (Hong Gildong)'],
    ['chrX1.dcm', '王 小東 (Wang XiaoDong)'],
    ['chrX2.dcm', '王 小东 (Wang XiaoDong)'],
    ['chrFren.dcm', 'Buc, Jérôme'],
  ])('the patient of the real file %s reads %s, with no ^ or =', (file, expected) => {
    const parsed = parseDicomHeader(new Uint8Array(readFileSync(dicomPath('charset', file))), file);
    if (!parsed.ok) throw new Error(parsed.reason);
    const shown = formatPersonName(parsed.instance.patient.name!);
    expect(shown).toBe(expected);
    expect(shown).not.toMatch(/[\^=]/);
  });
});
