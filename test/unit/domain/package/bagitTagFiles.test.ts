import { describe, expect, it } from 'vitest';
import { bagInfoTxt, bagitTxt } from '../../../../src/domain/package/bagitTagFiles';
import { encodeManifestPath, manifestText } from '../../../../src/domain/package/manifests';
import { humanSize, payloadOxum } from '../../../../src/domain/package/payloadOxum';

describe('bagit.txt', () => {
  it('is the two lines RFC 8493 2.1.1 prescribes, LF-terminated, no BOM', () => {
    expect(bagitTxt()).toBe('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
  });
});

describe('bag-info.txt', () => {
  const base = {
    sourceOrganization: 'Jane Doe (patient)',
    externalDescription: 'CT chest for a second opinion.\r\nPlease read the README.',
    internalSenderIdentifier: 'pkg-0001',
    baggingDate: new Date(2024, 1, 29, 23, 59),
  };
  it('computes Payload-Oxum and Bag-Size and folds multi-line values into continuation lines', () => {
    const text = bagInfoTxt({ ...base, extra: [['Bag-Software-Agent', 'Imaging Vault 0.1']] }, [
      { size: 1500 },
      { size: 2 },
    ]);
    expect(text).toBe(
      [
        'Source-Organization: Jane Doe (patient)',
        'External-Description: CT chest for a second opinion.',
        '  Please read the README.',
        'Bagging-Date: 2024-02-29',
        'Payload-Oxum: 1502.2',
        'Bag-Size: 1.5 KB',
        'Internal-Sender-Identifier: pkg-0001',
        'Bag-Software-Agent: Imaging Vault 0.1',
        '',
      ].join('\n'),
    );
  });
  it('refuses computed or malformed labels', () => {
    expect(() => bagInfoTxt({ ...base, extra: [['Payload-Oxum', '1.1']] }, [])).toThrow(/computed/);
    expect(() => bagInfoTxt({ ...base, extra: [['Bad: label', 'x']] }, [])).toThrow(/invalid label/);
    expect(() => bagInfoTxt({ ...base, baggingDate: '15/07/2024' }, [])).toThrow(/YYYY-MM-DD/);
  });
});

describe('Payload-Oxum and Bag-Size', () => {
  it('counts octets and streams', () => {
    expect(payloadOxum([])).toBe('0.0');
    expect(payloadOxum([{ size: 10 }, { size: 0 }, { size: 5 }])).toBe('15.3');
  });
  it('uses decimal units', () => {
    expect(humanSize(0)).toBe('0 bytes');
    expect(humanSize(1)).toBe('1 byte');
    expect(humanSize(999)).toBe('999 bytes');
    expect(humanSize(1000)).toBe('1 KB');
    expect(humanSize(999_960)).toBe('1 MB');
    expect(humanSize(4_700_000_000)).toBe('4.7 GB');
  });
});

describe('manifests', () => {
  it('percent-encodes %, CR and LF (RFC 8493 2.1.3) and nothing else', () => {
    expect(encodeManifestPath('data/100%\r\nsure é.txt')).toBe('data/100%25%0D%0Asure é.txt');
    expect(encodeManifestPath('data/%0A')).toBe('data/%250A');
  });
  it('writes sorted "hash  path" lines with LF endings', () => {
    const entries = [
      { path: 'data/b', size: 1, sha256: 'b'.repeat(64), md5: 'b'.repeat(32) },
      { path: 'data/a', size: 1, sha256: 'a'.repeat(64), md5: 'a'.repeat(32) },
    ];
    expect(manifestText(entries, 'md5')).toBe(`${'a'.repeat(32)}  data/a\n${'b'.repeat(32)}  data/b\n`);
    expect(manifestText([], 'sha256')).toBe('');
  });
});
