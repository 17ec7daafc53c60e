import {
  dicomDateLabel,
  dicomTimeLabel,
  formatPersonName,
  type DicomLabel,
  type PatientInfo,
  type PersonName,
} from '../domain/dicom';
import { currentLanguage, t } from '../ui/i18n/catalog';

/**
 * The one way every screen names a person and writes a DICOM date or time: the pure forms of
 * domain/dicom/labels, in the language the UI shows.
 */

/** A person name as read, or undefined when it names no one. */
export function personLabel(name: PersonName | undefined): string | undefined {
  return (name && formatPersonName(name)) || undefined;
}

/** The patient by name, else by patient ID; undefined when the file gives neither. */
export function patientName(info: PatientInfo | undefined): string | undefined {
  return personLabel(info?.name) || info?.id || undefined;
}

const said = (label: DicomLabel | null) =>
  label && (label.unreadable ? t('labels.asWritten', { value: label.text }) : label.text);

/** A DA value in the UI's language; a value that is no date is shown as written, and said so. */
export function dateLabel(da: string | undefined): string | null {
  return said(dicomDateLabel(da, currentLanguage()));
}

/** A TM value in the UI's language, as dateLabel. */
export function timeLabel(tm: string | undefined): string | null {
  return said(dicomTimeLabel(tm, currentLanguage()));
}
