import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * Proves that each layering rule of eslint.config.js really fires on a violating snippet, and stays
 * quiet where the layer is allowed to do the thing.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe('layer boundaries', () => {
  it.each([
    ["import { createSignal } from 'solid-js';\nexport const s = createSignal(0);", 'solid-js'],
    ["import { render } from 'solid-js/web';\nexport const r = render;", 'solid-js/web'],
    ["import Dexie from 'dexie';\nexport const d = Dexie;", 'dexie'],
    ["import { places } from '../app/routes';\nexport const p = places;", 'app/'],
    ["import { t } from '../ui/i18n/catalog';\nexport const x = t;", 'ui/'],
    ["import { db } from '../storage/db';\nexport const x = db;", 'storage/'],
    ["import { seal } from '../../crypto/envelope';\nexport const x = seal;", 'crypto/'],
    ["import { serveWorker } from '../protocol/workerServer';\nexport const x = serveWorker;", 'protocol/'],
    ["import { x } from '../features/import';\nexport const y = x;", 'features/'],
  ])('domain/ may not import %#: %s', async (code) => {
    expect(await ruleIds(code, 'src/domain/dicom/example.ts')).toContain('no-restricted-imports');
  });

  it.each(['document.title', 'window.location.href', 'localStorage.getItem("k")', 'indexedDB.open("x")'])(
    'domain/ may not touch the DOM global in %s',
    async (expression) => {
      const ids = await ruleIds(`export const x = () => ${expression};`, 'src/domain/example.ts');
      expect(ids).toContain('no-restricted-globals');
    },
  );

  it('domain/ may import pure libraries and its own modules', async () => {
    const code =
      "import { toHex } from '../bytes/hex';\nimport { createSHA256 } from 'hash-wasm';\nexport const x = [toHex, createSHA256];";
    expect(await ruleIds(code, 'src/domain/hash/example.ts')).toEqual([]);
  });

  it('only storage/ imports Dexie', async () => {
    const code = "import Dexie from 'dexie';\nexport const d = Dexie;";
    expect(await ruleIds(code, 'src/features/library/example.ts')).toContain('no-restricted-imports');
    expect(await ruleIds(code, 'workers/example.worker.ts')).toContain('no-restricted-imports');
    expect(await ruleIds(code, 'src/storage/example.ts')).toEqual([]);
  });

  it('only catalog/ imports the catalog repository', async () => {
    const repository =
      "import { readStudies } from '../../storage/catalogRepository';\nexport const r = readStudies;";
    const split =
      "import { describeDamage } from '../../storage/catalogDamage';\nexport const d = describeDamage;";
    expect(await ruleIds(repository, 'src/features/library/example.ts')).toContain('no-restricted-imports');
    expect(await ruleIds(split, 'src/features/backup/example.ts')).toContain('no-restricted-imports');
    expect(await ruleIds(repository, 'src/app/example.ts')).toContain('no-restricted-imports');
    expect(await ruleIds(repository, 'workers/package/example.ts')).toContain('no-restricted-imports');
    const ownLayer =
      "import { readStudies } from '../storage/catalogRepository';\nexport const r = readStudies;";
    expect(await ruleIds(ownLayer, 'src/catalog/example.ts')).toEqual([]);
    expect(
      await ruleIds(
        "import { readStudies } from './catalogRepository';\nexport const r = readStudies;",
        'src/storage/example.ts',
      ),
    ).toEqual([]);
    const throughCatalog = "import { readStudies } from '../../catalog';\nexport const r = readStudies;";
    expect(await ruleIds(throughCatalog, 'src/features/library/example.ts')).toEqual([]);
  });

  it.each([
    "import { runLifecycle } from '../features/vault/lifecycle';\nexport const r = runLifecycle;",
    "import { useVault } from '../features/vault';\nexport const r = useVault;",
    "import { places } from '../app/routes';\nexport const p = places;",
  ])('catalog/ imports no feature and not app/: %s', async (code) => {
    expect(await ruleIds(code, 'src/catalog/example.ts')).toContain('no-restricted-imports');
  });

  it('catalog/ may import storage, domain, crypto and the message catalog', async () => {
    const code =
      "import { readStudies } from '../storage/catalogRepository';\nimport { groupKeys } from '../domain/dicom';\nimport { opaqueId } from '../crypto/keyring';\nimport { t } from '../ui/i18n/catalog';\nexport const x = [readStudies, groupKeys, opaqueId, t];";
    expect(await ruleIds(code, 'src/catalog/example.ts')).toEqual([]);
  });

  it('catalog/ still may not import Dexie', async () => {
    const code = "import Dexie from 'dexie';\nexport const d = Dexie;";
    expect(await ruleIds(code, 'src/catalog/example.ts')).toContain('no-restricted-imports');
  });

  it.each([
    'importKey',
    'deriveKey',
    'encrypt',
    'decrypt',
    'wrapKey',
    'unwrapKey',
    'deriveBits',
    'exportKey',
  ])('only crypto/ calls crypto.subtle.%s', async (operation) => {
    const code = `export const f = (k: CryptoKey, d: Uint8Array) => crypto.subtle.${operation}(k as never, d as never, d as never);`;
    expect(await ruleIds(code, 'src/storage/example.ts')).toContain('boundaries/no-subtle-key-operations');
    expect(await ruleIds(code, 'src/domain/example.ts')).toContain('boundaries/no-subtle-key-operations');
    expect(await ruleIds(code, 'src/crypto/example.ts')).toEqual([]);
  });

  it('crypto.subtle cannot be smuggled out of the rule by aliasing', async () => {
    const destructured = 'const { subtle } = crypto;\nexport const f = subtle;';
    const aliased = 'const s = globalThis.crypto.subtle;\nexport const f = s;';
    expect(await ruleIds(destructured, 'src/ui/example.ts')).toContain('boundaries/no-subtle-key-operations');
    expect(await ruleIds(aliased, 'src/ui/example.ts')).toContain('boundaries/no-subtle-key-operations');
  });

  it('hashing with crypto.subtle.digest is allowed anywhere', async () => {
    const code = 'export const f = (d: Uint8Array<ArrayBuffer>) => crypto.subtle.digest("SHA-256", d);';
    expect(await ruleIds(code, 'src/domain/example.ts')).toEqual([]);
  });

  it.each([
    ['worker.postMessage({ a: 1 });', 'post'],
    ['self.postMessage({ a: 1 });', 'post'],
    ['postMessage({ a: 1 });', 'post'],
    ['worker.onmessage = () => undefined;', 'listen'],
    ['self.onmessage = () => undefined;', 'listen'],
    ["port.addEventListener('message', () => undefined);", 'listen'],
  ])('only protocol/ does messaging: %s', async (statement) => {
    const code = `declare const worker: Worker;\ndeclare const port: MessagePort;\nexport function f() {\n  ${statement}\n}`;
    expect(await ruleIds(code, 'workers/example.worker.ts')).toContain('boundaries/no-messaging');
    expect(await ruleIds(code, 'src/features/import/example.ts')).toContain('boundaries/no-messaging');
    expect(await ruleIds(code, 'src/protocol/example.ts')).not.toContain('boundaries/no-messaging');
  });

  it('end-to-end specs must take test from the egress-guard fixture', async () => {
    const code = "import { test } from '@playwright/test';\ntest('x', () => undefined);";
    expect(await ruleIds(code, 'test/e2e/example.spec.ts')).toContain('no-restricted-imports');
  });

  it('the real tree passes all of these rules', async () => {
    const results = await eslint.lintFiles(['src', 'workers']);
    const problems = results.flatMap((r) => r.messages.map((m) => `${r.filePath}: ${m.ruleId} ${m.message}`));
    expect(problems).toEqual([]);
  });
});
