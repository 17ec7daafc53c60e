import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { composeVerifyPage, standaloneScript } from '../../../../src/domain/package/composeVerifyPage';

const b64 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

describe('composeVerifyPage', () => {
  it('inlines the script and style and allows exactly those two by hash, nothing from any network', async () => {
    const bundle = 'document.title="ok";\n//# sourceMappingURL=main-abc.js.map\n';
    const css = 'body{color:red}\n';
    const html = await composeVerifyPage(bundle, css);
    const script = /<script type="module">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    expect(script).toBe('document.title="ok";\n');
    expect(style).toBe('body{color:red}');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp.split('; ')).toEqual([
      "default-src 'none'",
      `script-src 'sha256-${b64(script)}' 'wasm-unsafe-eval'`,
      `style-src 'sha256-${b64(style)}'`,
      "base-uri 'none'",
      "form-action 'none'",
    ]);
    expect(html).not.toMatch(/\b(src|href)=/);
  });

  it('refuses a script that would fetch modules or end its own element', () => {
    expect(() => standaloneScript('import{a}from"./a.js";a()')).toThrow(/self-contained/);
    expect(() => standaloneScript('const s="</script>"')).toThrow(/<\/script/);
  });
});
