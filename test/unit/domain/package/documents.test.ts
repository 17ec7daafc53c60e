import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { documentHtml } from '../../../../src/domain/package/documentsHtml';
import { documentText } from '../../../../src/domain/package/documentsText';
import type { WrittenDocument } from '../../../../src/domain/package/writtenDocument';

const hostile: WrittenDocument = {
  title: 'Questions for Dr <b>Müller</b>',
  subtitle: 'Prepared by "Jane" & co\non 2024-07-15',
  language: 'en',
  sections: [
    { heading: 'History', text: 'Line one\nline two <script>alert(1)</script>\n\n\nSecond paragraph.' },
    { heading: "Questions'", text: '1. Is it <img src=x onerror=alert(1)>?\r\n2. Next steps?' },
  ],
};

/** Python's own HTML parser (independent of ours) reports every tag, attribute and text node. */
function parseWithPython(html: string): { tags: string[]; attrs: string[][]; text: string } {
  const script = `
import json, sys
from html.parser import HTMLParser
class P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.tags=[]; self.attrs=[]; self.text=[]; self.skip=False
    def handle_starttag(self, tag, attrs):
        self.tags.append(tag); self.attrs += [[k, v or ''] for k, v in attrs]; self.skip = tag in ('style', 'title')
    def handle_endtag(self, tag): self.skip = False
    def handle_data(self, d):
        if not self.skip: self.text.append(d)
p = P(); p.feed(sys.stdin.read())
print(json.dumps(dict(tags=p.tags, attrs=p.attrs, text=''.join(p.text))))`;
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script], { input: html }).toString());
}

describe('documentHtml', () => {
  it('escapes every piece of user text: no element or attribute comes from it', () => {
    const parsed = parseWithPython(documentHtml(hostile));
    expect(new Set(parsed.tags)).toEqual(
      new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'h1', 'p', 'section', 'h2', 'br']),
    );
    expect(parsed.attrs.map(([k]) => k).sort()).toEqual([
      'charset',
      'class',
      'content',
      'content',
      'http-equiv',
      'lang',
      'name',
    ]);
    expect(parsed.text).toContain('Questions for Dr <b>Müller</b>');
    expect(parsed.text).toContain('line two <script>alert(1)</script>');
    expect(parsed.text).toContain('1. Is it <img src=x onerror=alert(1)>?');
    expect(parsed.text).toContain('Prepared by "Jane" & co on 2024-07-15');
  });
  it('is self-contained: scripts and every fetch forbidden by its own policy', () => {
    const html = documentHtml(hostile);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<script|<link|<img|url\(|@import/i);
  });
});

describe('documentText', () => {
  it('renders headings, paragraphs and line breaks as plain text', () => {
    expect(documentText(hostile)).toBe(
      [
        'Questions for Dr <b>Müller</b>',
        '==============================',
        'Prepared by "Jane" & co on 2024-07-15',
        '',
        'History',
        '-------',
        'Line one',
        'line two <script>alert(1)</script>',
        '',
        'Second paragraph.',
        '',
        "Questions'",
        '----------',
        '1. Is it <img src=x onerror=alert(1)>?',
        '2. Next steps?',
        '',
      ].join('\n'),
    );
  });
});
