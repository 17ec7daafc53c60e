/**
 * A document the patient writes in the app (the history summary, the questions for the consultant):
 * a title and a few titled sections of free text. Rendered to HTML and to plain text for the package.
 */
export interface WrittenDocument {
  readonly title: string;
  /** E.g. "Prepared by Jane Doe on 2024-07-15". */
  readonly subtitle?: string;
  readonly sections: readonly { readonly heading: string; readonly text: string }[];
  /** BCP 47 language tag of the text, e.g. "en" or "de". */
  readonly language?: string;
}

/** Paragraphs of a free-text field: blank lines separate them; line breaks inside are kept. */
export function paragraphs(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*(?:\n[ \t]*)+/)
    .map((block) => block.split('\n').map((line) => line.trimEnd()))
    .map((lines) => lines.filter((line, i) => line !== '' || (i > 0 && i < lines.length - 1)))
    .filter((lines) => lines.length > 0);
}

/** A title or heading on one line: line breaks and runs of spaces typed by the user become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
