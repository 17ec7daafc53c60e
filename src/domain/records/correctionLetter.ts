import type { CorrectionItem, Provider } from './correctionRequest';
import { EXTENSION_DAYS, RESPONSE_DAYS } from './correctionRequest';
import type { IsoDate } from './isoDate';

export interface LetterPatient {
  readonly name: string;
  readonly dateOfBirth: IsoDate | null;
  /** Medical record number or other identifier the provider uses; '' when unknown. */
  readonly identifier: string;
  readonly address: string;
  readonly contact: string;
}

export interface CorrectionLetterInput {
  readonly patient: LetterPatient;
  readonly provider: Provider;
  readonly items: readonly CorrectionItem[];
  readonly date: IsoDate;
  /**
   * 'hipaa' cites 45 CFR 164.526 (US covered entities); 'general' asks for the same without citing a law,
   * for providers elsewhere, where the patient should add their own country's rule.
   */
  readonly legalBasis: 'hipaa' | 'general';
}

/** The letter as structured content, rendered to text and HTML by the functions below and in correctionLetterHtml.ts. */
export interface LetterContent {
  readonly sender: readonly string[];
  readonly recipient: readonly string[];
  readonly date: string;
  readonly subject: string;
  readonly opening: readonly string[];
  readonly items: readonly CorrectionItem[];
  readonly closing: readonly string[];
  readonly signature: readonly string[];
}

export function correctionLetterContent(input: CorrectionLetterInput): LetterContent {
  const { patient, provider, items } = input;
  const lines = (...xs: string[]) => xs.flatMap((x) => x.split(/\r?\n/)).filter((x) => x.trim() !== '');
  const ids = lines(
    patient.dateOfBirth ? `Date of birth: ${patient.dateOfBirth}` : '',
    patient.identifier ? `Medical record number: ${patient.identifier}` : '',
  );
  const law =
    input.legalBasis === 'hipaa'
      ? [
          'Under the HIPAA Privacy Rule (45 CFR 164.526), I request that you amend the protected health information in my designated record set as set out below.',
          `The rule requires you to act on this request no later than ${RESPONSE_DAYS} days after you receive it. If you cannot, you may extend that time once, by no more than ${EXTENSION_DAYS} days, by telling me in writing within the ${RESPONSE_DAYS} days the reasons for the delay and the date by which you will act.`,
          'If you deny any part of this request, please tell me in writing the basis for the denial, my right to submit a written statement disagreeing with it, and how to complain. If you accept it, please amend the record, tell me, and inform those you know have received the incorrect information and may rely on it.',
        ]
      : [
          'I request that you correct the entries in my health record set out below.',
          `Please act on this request within ${RESPONSE_DAYS} days of receiving it, and tell me in writing what you have done. If you need more time, please tell me why and by when you will act. If you decline any part, please tell me in writing why, and how I can add a statement of disagreement to my record.`,
        ];
  return {
    sender: lines(patient.name, patient.address, patient.contact),
    recipient: lines(provider.name, provider.department, provider.address),
    date: input.date,
    subject: `Request to amend my health record${ids.length ? ` (${ids.join('; ')})` : ''}`,
    opening: [
      'Dear Sir or Madam,',
      `I am ${patient.name}${patient.dateOfBirth ? `, born ${patient.dateOfBirth}` : ''}. Having reviewed my health record, I found ${items.length === 1 ? 'an entry that is' : `${items.length} entries that are`} inaccurate or incomplete.`,
      ...law,
    ],
    items,
    closing: [
      'Please send your answer to the address above. Thank you for your help in keeping my record accurate and safe.',
      'Yours faithfully,',
    ],
    signature: ['', '______________________________', patient.name],
  };
}

/** The letter as plain text, lines ending in CRLF so it prints and pastes the same everywhere. */
export function correctionLetterText(input: CorrectionLetterInput): string {
  const c = correctionLetterContent(input);
  const out: string[] = [...c.sender, '', ...c.recipient, '', c.date, '', `Subject: ${c.subject}`, ''];
  for (const p of c.opening) out.push(p, '');
  c.items.forEach((item, i) => {
    out.push(`${i + 1}. ${item.section}`);
    out.push(`   The record says: ${item.recorded}`);
    out.push(`   It should say: ${item.requested || '(to be completed)'}`);
    if (item.reason) out.push(`   Why: ${item.reason}`);
    out.push('');
  });
  for (const p of c.closing) out.push(p, '');
  out.push(...c.signature);
  return `${out.join('\r\n')}\r\n`;
}
