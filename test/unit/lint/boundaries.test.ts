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

  it.each([
    ["import { x } from '../src/features/packages';\nexport const y = x;", 'workers/example.worker.ts'],
    [
      "import { x } from '../../src/features/packages/exportJob';\nexport const y = x;",
      'workers/package/example.ts',
    ],
    ["import { t } from '../src/ui/i18n/catalog';\nexport const y = t;", 'workers/example.worker.ts'],
    ["import { x } from '../src/app/workers';\nexport const y = x;", 'workers/example.worker.ts'],
    ["import { x } from '../src/storage/db';\nexport const y = x;", 'workers/example.worker.ts'],
    ["import { x } from '../src/catalog';\nexport const y = x;", 'workers/example.worker.ts'],
    ["import { x } from '../src/documents/share';\nexport const y = x;", 'workers/example.worker.ts'],
    [
      "import { x } from '../src/verify-page/checkPackage';\nexport const y = x;",
      'workers/example.worker.ts',
    ],
    ["import { x } from '../test/support/dicom';\nexport const y = x;", 'workers/example.worker.ts'],
  ])('workers/ import only domain, protocol, crypto and workers/: %s', async (code, file) => {
    expect(await ruleIds(code, file)).toContain('no-restricted-imports');
  });

  it('workers/ may import domain, protocol, crypto, workers/, packages and the verify page as assets', async () => {
    const code = [
      "import { toHex } from '../src/domain/bytes/hex';",
      "import { serveSelf } from '../src/protocol/serveSelf';",
      "import { openSealed } from '../src/crypto/envelope';",
      "import { openFolder } from './package/folderOutput';",
      "import { unzipSync } from 'fflate';",
      "import verifyScriptUrl from '../src/verify-page/main.ts?worker&url';",
      "import verifyCss from '../src/verify-page/verifyPage.css?raw';",
      'export const x = [toHex, serveSelf, openSealed, openFolder, unzipSync, verifyScriptUrl, verifyCss];',
    ].join('\n');
    expect(await ruleIds(code, 'workers/example.worker.ts')).toEqual([]);
    const nested =
      "import { bagPath } from '../../src/domain/package/bagPaths';\nimport { fetchVerifyScript } from '../fetchVerifyScript';\nexport const x = [bagPath, fetchVerifyScript];";
    expect(await ruleIds(nested, 'workers/package/example.ts')).toEqual([]);
  });

  it.each([
    ["import { toHex } from '../domain/bytes/hex';\nexport const x = toHex;", 'src/ui/example.ts'],
    ["import { labels } from '../catalog';\nexport const x = labels;", 'src/ui/example.ts'],
    ["import { x } from '../../protocol/api';\nexport const y = x;", 'src/ui/progress/example.tsx'],
    ["import { x } from '../../features/import';\nexport const y = x;", 'src/ui/files/example.tsx'],
    ["import { x } from '../../../app/routes';\nexport const y = x;", 'src/ui/i18n/en/example.ts'],
    ["import { unzipSync } from 'fflate';\nexport const x = unzipSync;", 'src/ui/example.ts'],
    ["import Dexie from 'dexie';\nexport const x = Dexie;", 'src/ui/example.ts'],
  ])('ui/ imports solid-js and ui/ only: %s', async (code, file) => {
    expect(await ruleIds(code, file)).toContain('no-restricted-imports');
  });

  it('ui/ may import solid-js, @solidjs/* and its own modules at any depth', async () => {
    const top =
      "import { createSignal } from 'solid-js';\nimport { render } from 'solid-js/web';\nimport { A } from '@solidjs/router';\nimport { formatBytes } from './format';\nexport const x = [createSignal, render, A, formatBytes];";
    expect(await ruleIds(top, 'src/ui/example.ts')).toEqual([]);
    const nested =
      "import { formatBytes } from '../format';\nimport './example.css';\nexport const x = formatBytes;";
    expect(await ruleIds(nested, 'src/ui/progress/example.tsx')).toEqual([]);
    const catalog = "import { t } from '../catalog';\nexport const x = t;";
    expect(await ruleIds(catalog, 'src/ui/i18n/en/example.ts')).toEqual([]);
  });

  it.each([
    "import { putRecord } from '../../storage/recordsRepository';\nexport const x = putRecord;",
    "import type { RecordDocument } from '../storage/recordsRepository';\nexport type X = RecordDocument;",
  ])('only documents/ imports the records repository: %s', async (code) => {
    for (const file of ['src/features/records/example.ts', 'src/app/example.ts', 'src/catalog/example.ts'])
      expect(await ruleIds(code, file)).toContain('no-restricted-imports');
    expect(await ruleIds(code, 'src/documents/example.ts')).toEqual([]);
    expect(await ruleIds(code, 'src/documents/records/example.ts')).toEqual([]);
  });

  it.each([
    "import { createSignal } from 'solid-js';\nexport const s = createSignal(0);",
    "import { t } from '../ui/i18n/catalog';\nexport const x = t;",
    "import { KIND } from '../features/records/recordsData';\nexport const x = KIND;",
    "import { places } from '../../app/routes';\nexport const p = places;",
  ])('documents/ imports only storage, domain and crypto, not: %s', async (code) => {
    expect(await ruleIds(code, 'src/documents/example.ts')).toContain('no-restricted-imports');
  });

  it('documents/ may import storage, domain and crypto', async () => {
    const code =
      "import { getRecord } from '../storage/recordsRepository';\nimport type { Allergy } from '../domain/records';\nimport { opaqueId } from '../crypto/keyring';\nexport const x = [getRecord, opaqueId];\nexport type A = Allergy;";
    expect(await ruleIds(code, 'src/documents/example.ts')).toEqual([]);
  });

  it('features reach documents through src/documents/index.ts', async () => {
    const code =
      "import { listDocuments, shareKind } from '../../documents';\nexport const x = [listDocuments, shareKind];";
    expect(await ruleIds(code, 'src/features/packages/example.ts')).toEqual([]);
  });

  it('end-to-end specs must take test from the egress-guard fixture', async () => {
    const code = "import { test } from '@playwright/test';\ntest('x', () => undefined);";
    expect(await ruleIds(code, 'test/e2e/example.spec.ts')).toContain('no-restricted-imports');
    expect(await ruleIds(code, 'test/webkit/example.spec.ts')).toContain('no-restricted-imports');
  });

  it.each([
    "import { startImportWorkers } from '../../app/workers';\nexport const x = startImportWorkers;",
    "import { places } from '../../app/routes.ts';\nexport const x = places;",
    "export { App } from '../../app/App';",
    "export const x = () => import('../../app/workers');",
  ])('a feature never imports app/: %s', async (code) => {
    expect(await ruleIds(code, 'src/features/import/example.ts')).toContain('boundaries/feature-walls');
    // The composition root itself may, of course.
    expect(await ruleIds(code, 'src/app/example.ts')).not.toContain('boundaries/feature-walls');
  });

  it.each([
    "import { useVault } from '../vault/VaultContext';\nexport const x = useVault;",
    "import { useVault } from '../vault/VaultContext.tsx';\nexport const x = useVault;",
    "import { x } from '../../features/backup/restoreBackup';\nexport const y = x;",
    "export { RestoreScreen } from '../backup/RestoreScreen';",
    "export * from '../backup/RestoreScreen';",
    "export const x = () => import('../viewer/ViewerPage');",
  ])('a feature reaches another only through its index.ts: %s', async (code) => {
    expect(await ruleIds(code, 'src/features/settings/example.ts')).toContain('boundaries/feature-walls');
  });

  it.each([
    "import { useVault } from '../vault';\nexport const x = useVault;",
    "import { useVault } from '../vault/index';\nexport const x = useVault;",
    "import { useVault } from '../vault/index.ts';\nexport const x = useVault;",
    "import { x } from './deep/inside/own';\nexport const y = x;",
    "import { x } from '../settings/sibling';\nexport const y = x;",
    "import { useAppServices } from '../../services';\nexport const x = useAppServices;",
    "import { Alert } from '../../ui/Alert';\nexport const x = Alert;",
  ])(
    'a feature may import its own files, other features through index.ts and lower layers: %s',
    async (code) => {
      expect(await ruleIds(code, 'src/features/settings/example.ts')).toEqual([]);
    },
  );

  it('the feature walls hold for any feature, and nowhere outside features/', async () => {
    const deep = "import { x } from '../import/importJob';\nexport const y = x;";
    expect(await ruleIds(deep, 'src/features/verify/example.ts')).toContain('boundaries/feature-walls');
    expect(await ruleIds(deep, 'src/features/verify/nested/example.ts')).toEqual([]);
    expect(await ruleIds(deep, 'src/features/import/example.ts')).toEqual([]);
  });

  // Flat config keeps only the last matching block's options: every zone must restate the walls it is
  // not the exception to, or a layer's own block would silently switch the others off for it.
  it.each([
    [
      "import { readStudies } from '../storage/catalogRepository';\nexport const x = readStudies;",
      'src/documents/example.ts',
    ],
    [
      "import { putRecord } from '../storage/recordsRepository';\nexport const x = putRecord;",
      'src/catalog/example.ts',
    ],
    ["import Dexie from 'dexie';\nexport const x = Dexie;", 'src/documents/example.ts'],
    ["import Dexie from 'dexie';\nexport const x = Dexie;", 'workers/example.worker.ts'],
    ["import Dexie from 'dexie';\nexport const x = Dexie;", 'src/ui/example.ts'],
    ["import Dexie from 'dexie';\nexport const x = Dexie;", 'test/e2e/example.spec.ts'],
    [
      "import { readStudies } from '../../storage/catalogRepository';\nexport const x = readStudies;",
      'src/domain/x/example.ts',
    ],
  ])('each zone keeps the walls it is not the exception to: %s in %s', async (code, file) => {
    expect(await ruleIds(code, file)).toContain('no-restricted-imports');
  });

  it('the real tree passes all of these rules', async () => {
    const results = await eslint.lintFiles(['src', 'workers']);
    const problems = results.flatMap((r) => r.messages.map((m) => `${r.filePath}: ${m.ruleId} ${m.message}`));
    expect(problems).toEqual([]);
  });
});
