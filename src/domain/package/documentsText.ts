import { oneLine, paragraphs, type WrittenDocument } from './writtenDocument';

/** The plain-text twin of documentHtml: readable in any editor, underlined headings, LF line endings. */
export function documentText(doc: WrittenDocument): string {
  const title = oneLine(doc.title);
  const out: string[] = [title, underline(title, '=')];
  if (doc.subtitle) out.push(oneLine(doc.subtitle));
  for (const section of doc.sections) {
    const heading = oneLine(section.heading);
    out.push('', heading, underline(heading, '-'));
    const blocks = paragraphs(section.text);
    blocks.forEach((lines, i) => {
      if (i > 0) out.push('');
      out.push(...lines);
    });
  }
  return `${out.join('\n')}\n`;
}

function underline(text: string, mark: string): string {
  return mark.repeat(Math.max(3, [...text].length));
}
