import { describe, expect, it } from 'vitest';
import { estimateStrength } from '../../../../src/domain/passphrase/strength';

describe('passphrase strength', () => {
  it.each(['', 'password', 'Password1', 'qwerty123', 'letmein', '12345678'])('rates %j as very weak', (p) => {
    expect(estimateStrength(p).level).toBe(0);
  });

  it('flags the patterns attackers try first', () => {
    expect(estimateStrength('aaaaaaaaaaaaaa').warnings).toContain('repeated');
    expect(estimateStrength('xyabcdefgh').warnings).toContain('sequence');
    expect(estimateStrength('Summer2019!').warnings).toEqual(expect.arrayContaining(['date', 'short']));
    expect(estimateStrength('password password password').warnings).toContain('common');
  });

  it('ranks four or more everyday words above a short complex password', () => {
    const words = estimateStrength('copper kettle lantern orchard meadow');
    const complex = estimateStrength('Tr0ub4d&3');
    expect(words.level).toBeGreaterThanOrEqual(3);
    expect(words.bits).toBeGreaterThan(complex.bits);
    expect(complex.level).toBeLessThanOrEqual(2);
  });

  it('counts words as words: three words are fair, not strong', () => {
    expect(estimateStrength('purple monkey dishwasher').level).toBeLessThanOrEqual(2);
    expect(estimateStrength('purple monkey dishwasher').level).toBeGreaterThanOrEqual(1);
  });
});
