import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../../src/domain/text/escapeHtml';

describe('escapeHtml', () => {
  it('escapes the five characters that can end content or a quoted attribute, and nothing else', () => {
    expect(escapeHtml(`<img src="x" onerror='a&b'>`)).toBe(
      '&lt;img src=&quot;x&quot; onerror=&#39;a&amp;b&#39;&gt;',
    );
    expect(escapeHtml('Müller^Jürgen = 山田 — 5 mg')).toBe('Müller^Jürgen = 山田 — 5 mg');
  });

  it('escapes an ampersand once, so already-escaped text shows as written', () => {
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});
