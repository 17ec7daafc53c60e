import { describe, expect, it } from 'vitest';
import { findRepeatedPassages } from '../../../../src/domain/records/noteBloat';

/** Deterministic pseudo-random words (mulberry32), from a space so large that chance repeats do not occur. */
function wordSource(seed: number): (n: number) => string[] {
  let a = seed >>> 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return (n) => Array.from({ length: n }, () => `w${Math.floor(rand() * 1e9).toString(36)}`);
}

/** Builds a note from pieces and remembers where each planted piece starts and ends. */
class NoteBuilder {
  text = '';
  readonly marks = new Map<string, { start: number; end: number }>();
  add(piece: string, mark?: string): this {
    if (this.text) this.text += ' ';
    if (mark) this.marks.set(mark, { start: this.text.length, end: this.text.length + piece.length });
    this.text += piece;
    return this;
  }
}

describe('findRepeatedPassages', () => {
  const words = wordSource(7);

  it('finds a passage repeated across notes despite case, spacing and punctuation, with exact ranges', () => {
    const passage = words(60);
    const plain = passage.join(' ');
    const shouted = passage.map((w, i) => (i % 7 === 0 ? `${w.toUpperCase()},` : w)).join('  \n ');
    const punctuated = passage.join('. ').replace(/\.$/, '');
    const notes = [
      new NoteBuilder().add(words(40).join(' ')).add(plain, 'p').add(words(25).join(' ')),
      new NoteBuilder().add(words(200).join(' ')),
      new NoteBuilder().add(`${shouted}`, 'p').add(words(10).join(' ')),
      new NoteBuilder().add(words(5).join(' ')).add(punctuated, 'p'),
    ];
    const result = findRepeatedPassages(notes.map((n, i) => ({ id: `n${i}`, text: n.text })));

    expect(result).toHaveLength(1);
    const [found] = result;
    expect(found?.noteIds).toEqual(['n0', 'n2', 'n3']);
    expect(found?.wordCount).toBe(60);
    expect(found?.occurrences).toEqual(
      [0, 2, 3].map((i) => ({ noteId: `n${i}`, ...notes[i]?.marks.get('p'), wordCount: 60 })),
    );
    // The reported text is the original text of the occurrence it came from.
    expect([plain, shouted, punctuated]).toContain(found?.text);
  });

  it('reports repeats of 30 words and more, not shorter ones', () => {
    const thirty = words(30).join(' ');
    const twentyNine = words(29).join(' ');
    const a = `${words(10).join(' ')} ${thirty} ${words(10).join(' ')} ${twentyNine}`;
    const b = `${twentyNine} ${words(3).join(' ')} ${thirty}`;
    const result = findRepeatedPassages([
      { id: 'a', text: a },
      { id: 'b', text: b },
    ]);
    expect(result.map((p) => [p.text, p.wordCount])).toEqual([[thirty, 30]]);
    expect(
      findRepeatedPassages(
        [
          { id: 'a', text: a },
          { id: 'b', text: b },
        ],
        { minWords: 29 },
      ),
    ).toHaveLength(2);
  });

  it('merges a copied-forward block into one passage, where a note holds only part of it', () => {
    const block = words(100);
    const full = block.join(' ');
    const firstHalf = block.slice(0, 50).join(' ');
    const a = new NoteBuilder().add(words(20).join(' ')).add(full, 'x');
    const b = new NoteBuilder().add(full, 'x').add(words(20).join(' '));
    const c = new NoteBuilder().add(words(20).join(' ')).add(firstHalf, 'x').add(words(20).join(' '));
    const result = findRepeatedPassages([
      { id: 'a', text: a.text },
      { id: 'b', text: b.text },
      { id: 'c', text: c.text },
    ]);
    expect(result).toHaveLength(1);
    expect(result[0]?.text).toBe(full);
    expect(result[0]?.occurrences).toEqual([
      { noteId: 'a', ...a.marks.get('x'), wordCount: 100 },
      { noteId: 'b', ...b.marks.get('x'), wordCount: 100 },
      { noteId: 'c', ...c.marks.get('x'), wordCount: 50 },
    ]);
  });

  it('keeps unrelated repeated passages apart and ignores repeats inside one note', () => {
    const p = words(40).join(' ');
    const q = words(45).join(' ');
    const own = words(35).join(' ');
    const result = findRepeatedPassages([
      { id: '1', text: `${p} ${words(5).join(' ')} ${q} ${own} ${words(3).join(' ')} ${own}` },
      { id: '2', text: `${q} ${words(8).join(' ')}` },
      { id: '3', text: `${words(8).join(' ')} ${p}` },
    ]);
    expect(result.map((r) => [r.wordCount, r.noteIds])).toEqual([
      [45, ['1', '2']],
      [40, ['1', '3']],
    ]);
  });

  it('finds nothing in empty, short or unrelated notes', () => {
    expect(findRepeatedPassages([])).toEqual([]);
    expect(
      findRepeatedPassages([
        { id: 'a', text: '' },
        { id: 'b', text: 'short note' },
        { id: 'c', text: words(500).join(' ') },
        { id: 'd', text: words(500).join(' ') },
      ]),
    ).toEqual([]);
  });

  it('handles 200 notes of 2,000 words with a template and copy-forward text', () => {
    const template = words(300);
    let previous = words(400);
    const notes = Array.from({ length: 200 }, (_, i) => {
      const carried = previous.slice(0, 200);
      const fresh = words(1500);
      previous = [...fresh.slice(0, 100), ...carried.slice(0, 100), ...fresh.slice(100)];
      return {
        id: `note${i}`,
        text: [...template, ...fresh.slice(0, 500), ...carried, ...fresh.slice(500)].join(' '),
      };
    });
    expect(notes.every((n) => n.text.split(' ').length === 2000)).toBe(true);
    const result = findRepeatedPassages(notes);
    const templatePassage = result.find((p) => p.text.startsWith(template.slice(0, 30).join(' ')));
    expect(templatePassage?.noteIds).toHaveLength(200);
    expect(templatePassage?.occurrences.every((o) => o.wordCount === 300)).toBe(true);
    // Note i carries fresh(i-1)[0..100] + fresh(i-2)[0..100] (see how `previous` is built), so each
    // fresh(j)[0..100] is in notes j, j+1 and j+2 (only two notes for j = 198), and the first note's initial
    // carried words reach note 1 too: 1 template + 199 + 1 passages; the block boundaries are unique shingles.
    expect(result).toHaveLength(201);
    const rest = result.filter((p) => p !== templatePassage);
    expect(rest.every((p) => p.wordCount === 100)).toBe(true);
    expect(rest.filter((p) => p.noteIds.length === 3)).toHaveLength(198);
    expect(rest.filter((p) => p.noteIds.length === 2)).toHaveLength(2);
  });
});
