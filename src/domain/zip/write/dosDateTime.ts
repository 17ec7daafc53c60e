/** A timestamp in MS-DOS form as ZIP headers store it (APPNOTE 4.4.6): local time, 2-second steps. */
export interface DosDateTime {
  readonly date: number;
  readonly time: number;
}

const FIRST = { date: (0 << 9) | (1 << 5) | 1, time: 0 };
const LAST = { date: (127 << 9) | (12 << 5) | 31, time: (23 << 11) | (59 << 5) | 29 };

/**
 * DOS date and time of a Date, read in the local time zone because that is how every unzip tool
 * interprets them. Dates outside 1980..2107 (what the 7-bit year holds) are clamped to the range.
 */
export function toDosDateTime(when: Date): DosDateTime {
  if (Number.isNaN(when.getTime())) throw new Error('ZIP timestamp is not a valid date.');
  const year = when.getFullYear();
  if (year < 1980) return FIRST;
  if (year > 2107) return LAST;
  return {
    date: ((year - 1980) << 9) | ((when.getMonth() + 1) << 5) | when.getDate(),
    time: (when.getHours() << 11) | (when.getMinutes() << 5) | (when.getSeconds() >> 1),
  };
}
