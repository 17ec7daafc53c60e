/** A stretch of text to mark, [start, end) in characters, with the passage it belongs to. */
export interface HighlightRange {
  readonly start: number;
  readonly end: number;
  /** Which repeated passage (its index in the list shown). */
  readonly passage: number;
}

export interface TextSegment {
  readonly text: string;
  /** The passage marked here, or null for plain text. */
  readonly passage: number | null;
}

/**
 * Cuts a note into plain and marked segments for display. Ranges may overlap (two passages can share
 * words); the earlier-starting range wins where they do, so every character appears exactly once and the
 * segments join back to the original text.
 */
export function highlightSegments(text: string, ranges: readonly HighlightRange[]): TextSegment[] {
  const sorted = ranges
    .map((r) => ({ ...r, start: clamp(r.start, text.length), end: clamp(r.end, text.length) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: TextSegment[] = [];
  let at = 0;
  for (const r of sorted) {
    if (r.end <= at) continue;
    const start = Math.max(r.start, at);
    if (start > at) segments.push({ text: text.slice(at, start), passage: null });
    segments.push({ text: text.slice(start, r.end), passage: r.passage });
    at = r.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), passage: null });
  return segments;
}

function clamp(n: number, max: number): number {
  return Math.min(Math.max(0, Math.floor(n)), max);
}
