/**
 * Words of a note for copy-paste matching: case, width variants, whitespace and punctuation are ignored
 * (a word is a run of letters and digits), while each word keeps its place in the original text so that
 * matches can be shown on the note as written.
 */
export interface NoteTokens {
  /** Interned word ids, one per word, in order. */
  readonly ids: Int32Array;
  /** Character offset where each word starts in the original text. */
  readonly starts: Int32Array;
  /** Character offset just past each word. */
  readonly ends: Int32Array;
}

/** Maps normalised words to small integers shared across all notes of one analysis. */
export class WordInterner {
  private readonly ids = new Map<string, number>();

  id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(word, id);
    }
    return id;
  }
}

const WORD = /[\p{L}\p{N}]+/gu;

export function tokenizeNote(text: string, interner: WordInterner): NoteTokens {
  const ids: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(WORD)) {
    // Normalising the word, not the whole text, keeps offsets true to the original.
    ids.push(interner.id(m[0].normalize('NFKC').toLowerCase()));
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { ids: Int32Array.from(ids), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}
