import { describe, expect, it } from 'vitest';
import {
  decodePresenceMarker,
  encodePresenceMarker,
  presenceVerdict,
  type PresenceMarker,
} from '../../../../src/domain/stewardship';

const marker: PresenceMarker = {
  version: 1,
  vaultId: 'b0a7c1d2-6f4e-4c55-9d7e-1a2b3c4d5e6f',
  since: '2026-03-01T09:00:00.000Z',
  lastBackup: { at: '2026-11-20T18:30:00.000Z', kind: 'file', where: 'imaging-vault-2026-11-20.ivbackup' },
};

describe('the presence marker', () => {
  it('round-trips, with and without a last backup', () => {
    expect(decodePresenceMarker(encodePresenceMarker(marker))).toEqual(marker);
    const never = { ...marker, lastBackup: null };
    expect(decodePresenceMarker(encodePresenceMarker(never))).toEqual(never);
  });

  it.each([
    ['absent', null],
    ['not JSON', '{oops'],
    ['not an object', '"text"'],
    ['an unknown version', JSON.stringify({ ...marker, version: 2 })],
    ['no vault id', JSON.stringify({ ...marker, vaultId: '' })],
    ['a bad date', JSON.stringify({ ...marker, since: 'yesterday' })],
    ['a bad backup kind', JSON.stringify({ ...marker, lastBackup: { ...marker.lastBackup, kind: 'cloud' } })],
    ['a backup without a date', JSON.stringify({ ...marker, lastBackup: { kind: 'file', where: 'x' } })],
  ])('is ignored when %s', (_, text) => {
    expect(decodePresenceMarker(text)).toBeNull();
  });

  it('tells a first visit, a stored vault and a cleared one apart', () => {
    expect(presenceVerdict(null, false)).toEqual({ kind: 'fresh' });
    expect(presenceVerdict(marker, true)).toEqual({ kind: 'present' });
    expect(presenceVerdict(null, true)).toEqual({ kind: 'present' });
    expect(presenceVerdict(marker, false)).toEqual({ kind: 'cleared', marker });
  });
});
