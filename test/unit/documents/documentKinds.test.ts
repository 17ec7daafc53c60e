import { beforeEach, describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, getDocument, listDocuments, putDocument } from '../../../src/documents';
import { freshVault } from '../storage/resetVault';
import { storeAsWritten } from './storeAsWritten';
import { STORED_FORMATS } from './storedFormats';

describe('every document kind opens at every version it was ever stored at', () => {
  beforeEach(() => freshVault());

  it('has distinct kind names, each with a stored format for every version up to its own', () => {
    const names = DOCUMENT_KINDS.map((k) => k.name);
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(STORED_FORMATS).sort()).toEqual([...names].sort());
    for (const kind of DOCUMENT_KINDS) {
      const versions = Object.keys(STORED_FORMATS[kind.name]?.byVersion ?? {}).map(Number);
      expect(
        versions.sort((a, b) => a - b),
        kind.name,
      ).toEqual(Array.from({ length: kind.version }, (_, i) => i + 1));
      for (let v = 1; v < kind.version; v++)
        expect(kind.migrations[v], `${kind.name} ${v}`).toBeTypeOf('function');
    }
  });

  it.each(DOCUMENT_KINDS.map((kind) => [kind.name, kind] as const))(
    '%s: each earlier version, and the current one, reads as today’s value',
    async (name, kind) => {
      const format = STORED_FORMATS[name]!;
      for (const [version, value] of Object.entries(format.byVersion)) {
        const id = `stored-at-${version}`;
        await storeAsWritten(name, id, Number(version), value);
        expect((await getDocument(kind, id))?.value, `${name} version ${version}`).toEqual(format.reads);
      }
      await putDocument(kind, 'written-now', format.reads);
      expect((await getDocument(kind, 'written-now'))?.value).toEqual(format.reads);
      const listed = await listDocuments(kind);
      expect(listed.map((d) => d.id).sort()).toEqual(
        [...Object.keys(format.byVersion).map((v) => `stored-at-${v}`), 'written-now'].sort(),
      );
    },
  );
});
