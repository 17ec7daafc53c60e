import { keyImageKind, listDocuments, type KeyImageRecord } from '../../documents';

/** The key images saved in the viewer for these studies, newest first. */
export async function keyImagesOfStudies(studyIds: readonly string[]): Promise<KeyImageRecord[]> {
  const wanted = new Set(studyIds);
  return (await listDocuments(keyImageKind))
    .map((d) => d.value)
    .filter((k) => wanted.has(k.studyId))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** A key image as a PNG file to attach to a package's documents. */
export function keyImageFile(record: KeyImageRecord): File {
  const binary = atob(record.pngBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new File([bytes], record.fileName, { type: 'image/png' });
}

/** The chosen key images as PNG files, in the order chosen. */
export async function keyImageFiles(ids: readonly string[]): Promise<File[]> {
  if (ids.length === 0) return [];
  const byId = new Map((await listDocuments(keyImageKind)).map((d) => [d.value.id, d.value]));
  return ids.flatMap((id) => {
    const record = byId.get(id);
    return record ? [keyImageFile(record)] : [];
  });
}
