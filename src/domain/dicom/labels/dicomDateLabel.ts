/** A DICOM date or time for a person: `unreadable` when it is not one, and `text` is then as written. */
export interface DicomLabel {
  readonly text: string;
  readonly unreadable: boolean;
}

const asWritten = (value: string): DicomLabel => ({ text: value, unreadable: true });

/** "Not given": absent, blank, or the all-zero placeholder some devices write. */
const isBlank = (value: string | undefined): value is undefined => !value || /^[0\s.:]*$/.test(value);

/**
 * A DA value ("20190514", or the ACR-NEMA "2019.05.14"; a year or year and month alone too) in the
 * locale's own way of writing a date, e.g. "May 14, 2019" in English. Null when no date is given.
 */
export function dicomDateLabel(value: string | undefined, locale: string): DicomLabel | null {
  if (isBlank(value)) return null;
  const written = value.trim();
  const m = /^(\d{4})(?:\.?(\d{2}))?(?:\.?(\d{2}))?$/.exec(written);
  if (!m) return asWritten(written);
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
  const when = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  // Date.UTC rolls 2019-02-30 over into March: a date that does not exist is shown as written.
  if (month !== null && (month < 1 || month > 12 || when.getUTCMonth() !== month - 1))
    return asWritten(written);
  if (day !== null && when.getUTCDate() !== day) return asWritten(written);
  when.setUTCFullYear(year); // years 0–99 are not 1900–1999
  const format: Intl.DateTimeFormatOptions =
    day !== null
      ? { dateStyle: 'medium' }
      : month !== null
        ? { year: 'numeric', month: 'short' }
        : { year: 'numeric' };
  return {
    text: new Intl.DateTimeFormat(locale, { ...format, timeZone: 'UTC' }).format(when),
    unreadable: false,
  };
}

/** A TM value ("143015.123", "1430", "14", or the ACR-NEMA "14:30:15") as the locale writes a time. */
export function dicomTimeLabel(value: string | undefined, locale: string): DicomLabel | null {
  if (!value?.trim()) return null;
  const written = value.trim();
  const m = /^(\d{2})(?::?(\d{2}))?(?::?(\d{2}))?(?:\.\d{1,6})?$/.exec(written);
  if (!m) return asWritten(written);
  const [hour, minute, second] = [Number(m[1]), Number(m[2] ?? 0), m[3] ? Number(m[3]) : null];
  // 60 is a leap second, which TM allows; shown as :59 rather than refused.
  if (hour > 23 || minute > 59 || (second !== null && second > 60)) return asWritten(written);
  const when = new Date(Date.UTC(2000, 0, 1, hour, minute, Math.min(second ?? 0, 59)));
  const format: Intl.DateTimeFormatOptions =
    second !== null ? { timeStyle: 'medium' } : { timeStyle: 'short' };
  return {
    text: new Intl.DateTimeFormat(locale, { ...format, timeZone: 'UTC' }).format(when),
    unreadable: false,
  };
}
