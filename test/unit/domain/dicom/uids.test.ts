import { expect, test } from 'vitest';
import { ALL_SOP_CLASS_NAMES } from '../../../../src/domain/dicom/uids/sopClasses';
import { ALL_TRANSFER_SYNTAXES } from '../../../../src/domain/dicom/uids/transferSyntaxes';
import { python } from './helpers';

// pydicom's UID dictionary (from PS3.6) is the oracle; UIDs newer than pydicom 2.3 (HTJ2K, JPEG XL) are skipped.
const dictionary = python<Record<string, [string, string]>>(
  `import json
from pydicom._uid_dict import UID_dictionary as d
print(json.dumps({k: [v[0], v[1]] for k, v in d.items()}))`,
);

test('SOP Class names are those of PS3.6', () => {
  for (const [uid, name] of ALL_SOP_CLASS_NAMES) {
    const known = dictionary[uid];
    if (known) expect(name.replace(' (Retired)', ''), uid).toBe(known[0]);
  }
  expect(ALL_SOP_CLASS_NAMES.filter(([uid]) => dictionary[uid]).length).toBeGreaterThan(150);
});

test('transfer syntax names are those of PS3.6, and lossiness agrees with the name', () => {
  for (const ts of ALL_TRANSFER_SYNTAXES) {
    const known = dictionary[ts.uid];
    if (known) {
      expect(ts.name, ts.uid).toBe(known[0]);
      expect(known[1]).toBe('Transfer Syntax');
    }
    const losslessByName =
      /Lossless Only|^RLE Lossless|^JPEG Lossless|^JPEG-LS Lossless|^JPEG XL Lossless|Endian$/;
    if (losslessByName.test(ts.name)) expect(ts.lossy, ts.name).toBe('no');
    else if (/^JPEG (Baseline|Extended|Spectral|Full)|MPEG|HEVC|Near-Lossless/.test(ts.name))
      expect(ts.lossy, ts.name).toBe('yes');
  }
});

test('the viewer decodes the syntaxes of its codecs, and names every other one as not shown', () => {
  const decoded = Object.fromEntries(
    ALL_TRANSFER_SYNTAXES.filter((ts) => ts.pixels !== 'unsupported').map((ts) => [ts.uid, ts.pixels]),
  );
  expect(decoded).toEqual({
    '1.2.840.10008.1.2': 'native',
    '1.2.840.10008.1.2.1': 'native',
    '1.2.840.10008.1.2.1.99': 'native',
    '1.2.840.10008.1.2.2': 'native-big-endian',
    '1.2.840.10008.1.2.1.98': 'encapsulated-native',
    '1.2.840.10008.1.2.5': 'rle',
    '1.2.840.10008.1.2.4.50': 'jpeg-baseline',
    '1.2.840.10008.1.2.4.51': 'jpeg-baseline',
    '1.2.840.10008.1.2.4.57': 'jpeg-lossless',
    '1.2.840.10008.1.2.4.70': 'jpeg-lossless',
    '1.2.840.10008.1.2.4.80': 'jpeg-ls',
    '1.2.840.10008.1.2.4.81': 'jpeg-ls',
    '1.2.840.10008.1.2.4.90': 'jpeg-2000',
    '1.2.840.10008.1.2.4.91': 'jpeg-2000',
    '1.2.840.10008.1.2.4.92': 'jpeg-2000',
    '1.2.840.10008.1.2.4.93': 'jpeg-2000',
    '1.2.840.10008.1.2.4.201': 'htj2k',
    '1.2.840.10008.1.2.4.202': 'htj2k',
    '1.2.840.10008.1.2.4.203': 'htj2k',
  });
  // A syntax whose Pixel Data is fragments is never read as native pixels, and the reverse.
  for (const ts of ALL_TRANSFER_SYNTAXES) {
    if (ts.pixels === 'native' || ts.pixels === 'native-big-endian')
      expect(ts.encapsulated, ts.uid).toBe(false);
    else if (ts.pixels !== 'unsupported') expect(ts.encapsulated, ts.uid).toBe(true);
  }
});
