import { describe, expect, it } from 'vitest';
import {
  confirmationDiffers,
  isAcceptableNewPassphrase,
  isTooWeak,
  MIN_STRENGTH_LEVEL,
} from '../../../../src/features/vault/newPassphrase';

// Levels derived by hand from the documented model (src/domain/passphrase/strength.ts): an everyday
// word of up to 7 letters is worth 11 bits; level 1 is 28-39 bits, level 2 ("fair") is 40-51.
const THREE_WORDS = 'copper kettle lantern'; // 33 bits: level 1
const FOUR_WORDS = 'copper kettle lantern orchard'; // 44 bits: level 2

describe('choosing a new passphrase', () => {
  it('sets the floor at "fair"', () => {
    expect(MIN_STRENGTH_LEVEL).toBe(2);
  });

  it('refuses what falls below the floor, and calls an empty field unfinished rather than weak', () => {
    expect(isTooWeak('')).toBe(false);
    expect(isTooWeak('password')).toBe(true);
    expect(isTooWeak(THREE_WORDS)).toBe(true);
    expect(isTooWeak(FOUR_WORDS)).toBe(false);
  });

  it('points out a confirmation only once it is started and differs', () => {
    expect(confirmationDiffers(FOUR_WORDS, '')).toBe(false);
    expect(confirmationDiffers(FOUR_WORDS, 'copper')).toBe(true);
    expect(confirmationDiffers(FOUR_WORDS, FOUR_WORDS)).toBe(false);
  });

  it('accepts only a strong enough passphrase typed the same twice', () => {
    expect(isAcceptableNewPassphrase(FOUR_WORDS, FOUR_WORDS)).toBe(true);
    expect(isAcceptableNewPassphrase(FOUR_WORDS, '')).toBe(false);
    expect(isAcceptableNewPassphrase(FOUR_WORDS, `${FOUR_WORDS} `)).toBe(false);
    expect(isAcceptableNewPassphrase(THREE_WORDS, THREE_WORDS)).toBe(false);
    expect(isAcceptableNewPassphrase('', '')).toBe(false);
  });
});
