import type { VisitNote } from '../careRecord';
import { arr, conceptText, obj, str } from './fhirValues';
import type { JsonObject } from './fhirValues';
import { htmlToText } from './htmlToText';
import type { Mapped, MapContext } from './mapContext';

/**
 * DocumentReference → VisitNote. The note text is the first attachment that is text/plain (else text/html,
 * turned into text), read from its base64 `data` or from a Binary resource in the same Bundle that its `url`
 * points at. PDFs, images and attachments only linked to a server are left out with a reason naming them.
 */
export function mapDocumentReference(r: JsonObject, ctx: MapContext): Mapped<VisitNote> {
  if (r['status'] === 'entered-in-error') return { skip: `${ctx.label} is marked entered-in-error.` };
  const attachments = arr(r['content'])
    .map((c) => obj(obj(c)?.['attachment']))
    .filter((a): a is JsonObject => a !== undefined);
  const kinds = attachments.map((a) => mediaType(a, ctx));
  const pick = kinds.findIndex((k) => k === 'text/plain');
  const chosen = pick >= 0 ? pick : kinds.findIndex((k) => k === 'text/html');
  const attachment = attachments[chosen];
  if (!attachment) {
    const what = kinds.length ? kinds.map((k) => k || 'no content type').join(', ') : 'no attachment';
    return { skip: `${ctx.label} has no plain-text or HTML note (${what}); not imported as a note.` };
  }
  const read = readAttachment(attachment, ctx);
  if ('error' in read) return { skip: read.error };
  const text = kinds[chosen] === 'text/html' ? htmlToText(read.text) : read.text;
  const context = obj(r['context']);
  return {
    item: {
      id: ctx.id,
      date: str(r['date']) ?? str(obj(context?.['period'])?.['start']) ?? str(attachment['creation']) ?? null,
      author: arr(r['author'])
        .map((a) => ctx.index.nameOf(a, r))
        .filter(Boolean)
        .join(', '),
      title: str(r['description']) ?? conceptText(r['type']) ?? str(attachment['title']) ?? 'Untitled note',
      text,
      source: ctx.source,
    },
    warnings: [],
  };
}

/** The attachment's media type without parameters, lower case; a Binary it points at supplies a missing one. */
function mediaType(a: JsonObject, ctx: MapContext): string {
  const own = str(a['contentType']);
  const binary = own ? undefined : ctx.index.resolve({ reference: a['url'] });
  return (own ?? str(binary?.['contentType']) ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

function readAttachment(a: JsonObject, ctx: MapContext): { text: string } | { error: string } {
  const contentType = str(a['contentType']);
  let data = str(a['data']);
  let charsetSource = contentType;
  if (data === undefined && str(a['url'])) {
    const binary = ctx.index.resolve({ reference: a['url'] });
    if (!binary || binary['resourceType'] !== 'Binary') {
      return {
        error: `${ctx.label}: its text is at ${str(a['url'])}, which is not included in the file; not imported.`,
      };
    }
    data = str(binary['data']);
    charsetSource = contentType ?? str(binary['contentType']);
  }
  if (data === undefined) return { error: `${ctx.label}: its attachment holds no data; not imported.` };
  let bytes: Uint8Array;
  try {
    bytes = Uint8Array.from(atob(data.replace(/\s+/g, '')), (c) => c.charCodeAt(0));
  } catch {
    return { error: `${ctx.label}: its attachment data is not valid base64; not imported.` };
  }
  const charset = /charset\s*=\s*"?([\w-]+)/i.exec(charsetSource ?? '')?.[1] ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return { text: decoder.decode(bytes).replace(/^\uFEFF/, '') };
}
