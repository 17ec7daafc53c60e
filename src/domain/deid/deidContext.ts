import type { Implementation } from '../dicom/write/fileMeta';
import { generateUid } from '../dicom/write/uid';

export interface Pseudonym {
  readonly patientId: string;
  readonly patientName: string;
}

/**
 * State shared by every file of one package, so that de-identified files still refer to each other: one
 * original UID always becomes the same new UID, one patient the same pseudonym.
 */
export interface DeidContext {
  readonly implementation: Implementation;
  readonly uidMap: Map<string, string>;
  readonly pseudonyms: Map<string, Pseudonym>;
  /**
   * Patient's Name and Patient ID are Z (empty) in the basic profile, which PS3.15 allows to be a dummy
   * value instead. A File-set needs a Patient ID (Type 1 in the PATIENT record), so by default each original
   * patient gets a pseudonym such as "ANON0001"; false leaves both empty.
   */
  readonly pseudonymize: boolean;
  readonly newUid: () => string;
}

export function createDeidContext(
  implementation: Implementation,
  settings: { readonly pseudonymize?: boolean; readonly newUid?: () => string } = {},
): DeidContext {
  return {
    implementation,
    uidMap: new Map(),
    pseudonyms: new Map(),
    pseudonymize: settings.pseudonymize ?? true,
    newUid: settings.newUid ?? generateUid,
  };
}

/** The new UID for an original one, the same each time within the context. */
export function remapUid(context: DeidContext, uid: string): string {
  const original = uid.replace(/[\0 ]+$/, '');
  if (original === '') return original;
  let mapped = context.uidMap.get(original);
  if (!mapped) {
    mapped = context.newUid();
    context.uidMap.set(original, mapped);
  }
  return mapped;
}

/** The pseudonym of the patient known by this original Patient ID (or name when the ID is empty). */
export function pseudonymFor(context: DeidContext, originalKey: string): Pseudonym {
  let pseudonym = context.pseudonyms.get(originalKey);
  if (!pseudonym) {
    const id = `ANON${String(context.pseudonyms.size + 1).padStart(4, '0')}`;
    pseudonym = { patientId: id, patientName: `ANONYMOUS^${id}` };
    context.pseudonyms.set(originalKey, pseudonym);
  }
  return pseudonym;
}
