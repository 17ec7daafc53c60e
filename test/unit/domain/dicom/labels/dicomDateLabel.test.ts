import { describe, expect, it } from 'vitest';
import { dicomDateLabel, dicomTimeLabel } from '../../../../../src/domain/dicom';

describe('a DICOM date as the locale writes it', () => {
  it.each([
    ['20190514', 'en', 'May 14, 2019'],
    ['20190514', 'de', '14.05.2019'],
    ['20190514', 'ja', '2019/05/14'],
    ['2019.05.14', 'en', 'May 14, 2019'],
    ['201905', 'en', 'May 2019'],
    ['2019', 'en', '2019'],
    [' 20190514 ', 'en', 'May 14, 2019'],
    ['00190101', 'en', 'Jan 1, 19'],
  ])('%s in %s reads %s', (value, locale, expected) => {
    expect(dicomDateLabel(value, locale)).toEqual({ text: expected, unreadable: false });
  });

  it.each(['2019-05-14', '20191345', '20190230', '14/05/2019', 'unknown', '2019051'])(
    '%s is not a DICOM date: shown as written, and said so',
    (value) => {
      expect(dicomDateLabel(value, 'en')).toEqual({ text: value, unreadable: true });
    },
  );

  it.each([undefined, '', '   ', '00000000', '0000.00.00'])('%j gives no date', (value) => {
    expect(dicomDateLabel(value, 'en')).toBeNull();
  });
});

describe('a DICOM time as the locale writes it', () => {
  it.each([
    ['143015.123456', 'en', '2:30:15 PM'],
    ['1430', 'en', '2:30 PM'],
    ['14', 'en', '2:00 PM'],
    ['14:30:15', 'de', '14:30:15'],
  ])('%s in %s reads %s', (value, locale, expected) => {
    expect(dicomTimeLabel(value, locale)?.text.replace(/\u202f/g, ' ')).toBe(expected);
  });

  it.each(['2530', '1460', 'noon'])('%s is not a DICOM time: shown as written, and said so', (value) => {
    expect(dicomTimeLabel(value, 'en')).toEqual({ text: value, unreadable: true });
  });

  it('gives no time for an empty value', () => {
    expect(dicomTimeLabel('', 'en')).toBeNull();
  });
});
