import { tokenizeNote, WordInterner } from './noteTokens';
import type { NoteTokens } from './noteTokens';

export interface BloatNoteInput {
  readonly id: string;
  readonly text: string;
}

/** One stretch of a note, to highlight: [start, end) character offsets in the note's original text. */
export interface PassageOccurrence {
  readonly noteId: string;
  readonly start: number;
  readonly end: number;
  readonly wordCount: number;
}

export interface RepeatedPassage {
  /** The text of the longest occurrence, as written in that note. */
  readonly text: string;
  readonly wordCount: number;
  /** Distinct notes holding (part of) the passage, in input order. */
  readonly noteIds: readonly string[];
  /** Every highlighted stretch, in input order of notes, then by position. */
  readonly occurrences: readonly PassageOccurrence[];
}

export interface BloatOptions {
  /** Shortest repeat reported, in words. Default 30. */
  readonly minWords?: number;
}

/**
 * Finds copy-pasted passages across visit notes ("note bloat").
 *
 * Every window of `minWords` consecutive words (a shingle) is hashed with a rolling hash; a shingle found in
 * two or more notes is "repeated" (hash hits are checked word for word, so a collision never reports a false
 * match). In each note, maximal runs of overlapping repeated shingles are the stretches to highlight: each is
 * a maximal passage of that note that is copied from or to another note. Stretches that share any shingle are
 * one passage (union-find), so a long block copied forward from note to note is reported once, with each
 * note's range, even where one note holds only part of it. Repeats within a single note are not bloat across
 * notes and are ignored. Linear in the total number of words.
 */
export function findRepeatedPassages(
  notes: readonly BloatNoteInput[],
  options: BloatOptions = {},
): RepeatedPassage[] {
  const k = Math.max(1, Math.floor(options.minWords ?? 30));
  const interner = new WordInterner();
  const tokens = notes.map((n) => tokenizeNote(n.text, interner));
  const { classOf, classNotes } = classifyShingles(tokens, k);

  // Runs of consecutive repeated shingles within each note.
  const runs: Run[] = [];
  const firstRunOfClass = new Map<number, number>();
  const parent: number[] = [];
  const find = (x: number): number => {
    while (parent[x] !== x) {
      const up = parent[parent[x] ?? x] ?? x;
      parent[x] = up;
      x = up;
    }
    return x;
  };
  classOf.forEach((classes, note) => {
    let open = -1;
    for (let p = 0; p <= classes.length; p++) {
      const c = p < classes.length ? (classes[p] ?? -1) : -1;
      const repeated = c >= 0 && (classNotes[c] ?? 0) >= 2;
      if (repeated && open < 0) {
        open = runs.length;
        parent.push(open);
        runs.push({ note, first: p, last: p });
      }
      if (repeated) {
        const run = runs[open];
        if (run) run.last = p;
        const seen = firstRunOfClass.get(c);
        if (seen === undefined) firstRunOfClass.set(c, open);
        else parent[find(seen)] = find(open);
      } else {
        open = -1;
      }
    }
  });

  const groups = new Map<number, Run[]>();
  runs.forEach((run, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(run);
    else groups.set(root, [run]);
  });

  const passages: RepeatedPassage[] = [];
  for (const group of groups.values()) {
    const occurrences = group.map((run) => occurrence(run, tokens, notes, k));
    const noteIndexes = [...new Set(group.map((r) => r.note))];
    if (noteIndexes.length < 2) continue;
    const longest = occurrences.reduce((a, b) => (b.wordCount > a.wordCount ? b : a));
    const longestNote = notes.find((n) => n.id === longest.noteId);
    passages.push({
      text: longestNote?.text.slice(longest.start, longest.end) ?? '',
      wordCount: longest.wordCount,
      noteIds: noteIndexes.map((i) => notes[i]?.id ?? ''),
      occurrences,
    });
  }
  return passages.sort((a, b) => b.wordCount - a.wordCount || b.noteIds.length - a.noteIds.length);
}

interface Run {
  readonly note: number;
  readonly first: number;
  last: number;
}

function occurrence(
  run: Run,
  tokens: readonly NoteTokens[],
  notes: readonly BloatNoteInput[],
  k: number,
): PassageOccurrence {
  const t = tokens[run.note];
  const lastWord = run.last + k - 1;
  return {
    noteId: notes[run.note]?.id ?? '',
    start: t?.starts[run.first] ?? 0,
    end: t?.ends[lastWord] ?? 0,
    wordCount: lastWord - run.first + 1,
  };
}

interface ShingleClasses {
  /** Per note, per shingle start position, the id of its class of identical shingles. */
  readonly classOf: Int32Array[];
  /** Per class, how many distinct notes hold it. */
  readonly classNotes: number[];
}

const B1 = 1_000_003;
const B2 = 69_069;
const LOW21 = 0x1fffff;

function classifyShingles(tokens: readonly NoteTokens[], k: number): ShingleClasses {
  const pow1 = power(B1, k - 1);
  const pow2 = power(B2, k - 1);
  const classByKey = new Map<number, number>();
  const classFirst: Array<readonly [number, number]> = [];
  const classNotes: number[] = [];
  const classLastNote: number[] = [];
  const classOf = tokens.map((t, note) => {
    const n = Math.max(0, t.ids.length - k + 1);
    const out = new Int32Array(n);
    let h1 = 0;
    let h2 = 0;
    for (let i = 0; i < t.ids.length; i++) {
      const id = t.ids[i] ?? 0;
      if (i >= k) {
        const old = t.ids[i - k] ?? 0;
        h1 = (h1 - Math.imul(old + 1, pow1)) | 0;
        h2 = (h2 - Math.imul(old + 1, pow2)) | 0;
      }
      h1 = (Math.imul(h1, B1) + id + 1) | 0;
      h2 = (Math.imul(h2, B2) + id + 1) | 0;
      if (i < k - 1) continue;
      const start = i - k + 1;
      // A 53-bit key from both hashes; equal keys are confirmed word by word and probed on in a collision.
      let key = (h1 >>> 0) * (LOW21 + 1) + ((h2 >>> 0) & LOW21);
      let cls = classByKey.get(key);
      while (cls !== undefined && !sameWords(tokens, classFirst[cls] ?? [0, 0], note, start, k)) {
        key = key + 1;
        cls = classByKey.get(key);
      }
      if (cls === undefined) {
        cls = classFirst.length;
        classByKey.set(key, cls);
        classFirst.push([note, start]);
        classNotes.push(0);
        classLastNote.push(-1);
      }
      if (classLastNote[cls] !== note) {
        classLastNote[cls] = note;
        classNotes[cls] = (classNotes[cls] ?? 0) + 1;
      }
      out[start] = cls;
    }
    return out;
  });
  return { classOf, classNotes };
}

function sameWords(
  tokens: readonly NoteTokens[],
  [noteA, startA]: readonly [number, number],
  noteB: number,
  startB: number,
  k: number,
): boolean {
  const a = tokens[noteA]?.ids;
  const b = tokens[noteB]?.ids;
  if (!a || !b) return false;
  for (let i = 0; i < k; i++) if (a[startA + i] !== b[startB + i]) return false;
  return true;
}

function power(base: number, exp: number): number {
  let result = 1;
  for (let i = 0; i < exp; i++) result = Math.imul(result, base);
  return result;
}
