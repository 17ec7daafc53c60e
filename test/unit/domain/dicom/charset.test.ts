import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { characterSet } from '../../../../src/domain/dicom/charset/characterSet';
import { parseDicomHeader } from '../../../../src/domain/dicom/parseDicomHeader';
import { decodedValue } from '../../../../src/domain/dicom/parse/elementReaders';
import { readDataSet } from '../../../../src/domain/dicom/parse/readDataSet';
import { dicomPath } from '../../../sharedData';
import { python } from './helpers';

interface FileInfoRow {
  file: string;
  charsets: string[];
  bytes: number[];
}

/** Reads a Python bytes repr as FileInfo.txt writes it: plain characters and \xHH escapes. */
function pythonBytes(repr: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < repr.length; i++) {
    if (repr[i] === '\\' && repr[i + 1] === 'x') {
      out.push(parseInt(repr.slice(i + 2, i + 4), 16));
      i += 3;
    } else if (repr[i] === '\\') {
      out.push(repr.charCodeAt(i + 1));
      i += 1;
    } else {
      out.push(repr.charCodeAt(i));
    }
  }
  return out;
}

/** The table of charset/FileInfo.txt: file name, SpecificCharacterSet, PatientName bytes. */
function fileInfo(): FileInfoRow[] {
  const lines = readFileSync(dicomPath('charset', 'FileInfo.txt'), 'latin1').split('\n');
  const rows: FileInfoRow[] = [];
  for (const line of lines) {
    const m = /^(\S+\.dcm)\s+(\[[^\]]*\]|\S+(?: \S+)*?)\s+'(.*)'\s*$/.exec(line);
    if (!m) continue;
    const [, file = '', charsetRepr = '', nameRepr = ''] = m;
    const charsets = charsetRepr.startsWith('[')
      ? [...charsetRepr.matchAll(/'([^']*)'/g)].map((x) => x[1] ?? '')
      : [charsetRepr];
    rows.push({ file, charsets, bytes: pythonBytes(nameRepr) });
  }
  return rows;
}

const rows = fileInfo();

// pydicom is the independent oracle: its charset module decodes the same bytes under the same terms.
const expected = python<string[]>(
  `import json, sys
from pydicom.charset import decode_bytes, convert_encodings
rows = json.loads(sys.argv[1])
print(json.dumps([decode_bytes(bytes(r['bytes']), convert_encodings(r['charsets']), {0x5e, 0x3d}) for r in rows]))`,
  JSON.stringify(rows),
);

describe('charset/FileInfo.txt', () => {
  test('lists the files it describes', () => {
    // The table in FileInfo.txt has one row per sample; parsing must not silently lose rows.
    const text = readFileSync(dicomPath('charset', 'FileInfo.txt'), 'latin1');
    const tableLines = text
      .slice(0, text.indexOf('\nOther'))
      .split('\n')
      .filter((l) => /^chr\S+\.dcm\s+\S/.test(l) && l.includes("'"));
    expect(rows).toHaveLength(tableLines.length);
    expect(rows.length).toBeGreaterThan(10);
  });

  test.each(rows.map((r, i) => [r.file, r, i] as const))(
    '%s decodes its PatientName as FileInfo.txt says',
    (file, row, i) => {
      const bytes = new Uint8Array(readFileSync(dicomPath('charset', file)));
      const read = readDataSet(bytes);
      if (!read.ok) throw new Error(read.reason);
      const element = read.dataSet.elements['x00100010'];
      if (!element) throw new Error('no PatientName');
      const raw = [...bytes.subarray(element.dataOffset, element.dataOffset + element.length)];
      // The file holds exactly the bytes FileInfo.txt lists (plus at most one padding space).
      expect(raw.slice(0, row.bytes.length)).toEqual(row.bytes);
      expect(raw.length - row.bytes.length).toBeLessThanOrEqual(1);

      const terms = read.dataSet.string('x00080005') === undefined ? [] : row.charsets;
      const decoded = decodedValue(read.dataSet, 'x00100010', 'PN', characterSet(terms))?.trimEnd();
      expect(decoded).toBe(expected[i]);

      const parsed = parseDicomHeader(bytes, file);
      if (!parsed.ok) throw new Error(parsed.reason);
      expect(parsed.instance.specificCharacterSet).toEqual(row.charsets);
      expect(parsed.instance.patient.name?.text).toBe(expected[i]?.replace(/[=^]+$/, ''));
    },
  );

  test('component groups are split and decoded each with its own escapes', () => {
    const parsed = parseDicomHeader(
      new Uint8Array(readFileSync(dicomPath('charset', 'chrH32.dcm'))),
      'chrH32.dcm',
    );
    if (!parsed.ok) throw new Error(parsed.reason);
    const name = parsed.instance.patient.name;
    const groups = expected[rows.findIndex((r) => r.file === 'chrH32.dcm')]?.split('=') ?? [];
    expect(name?.alphabetic.text).toBe(groups[0]);
    expect(name?.ideographic?.text).toBe(groups[1]);
    expect(name?.phonetic?.text).toBe(groups[2]);
    expect(name?.ideographic?.family).toBe(groups[1]?.split('^')[0]);
  });
});

describe('ISO 2022 IR 58 (GB2312), which pydicom 2.3 leaves undecoded', () => {
  test('chrGB2312.dcm decodes as dcmtk (iconv) decodes it', () => {
    const file = dicomPath('charset', 'chrGB2312.dcm');
    const dump = execFileSync('dcmdump', ['+U8', '+P', 'PatientName', file], { encoding: 'utf8' });
    const fromDcmtk = /\[(.*)\]/.exec(dump)?.[1]?.replace(/=+$/, '');
    const parsed = parseDicomHeader(new Uint8Array(readFileSync(file)), 'chrGB2312.dcm');
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(fromDcmtk).toBeTruthy();
    expect(parsed.instance.patient.name?.text).toBe(fromDcmtk);
  });
});

describe('decoders built from bytes', () => {
  const enc = (s: string): Uint8Array => new Uint8Array([...s].map((c) => c.charCodeAt(0)));

  test('every single-byte ISO 8859 / TIS 620 term decodes its upper half as Python codecs do', () => {
    const terms: [string, string][] = [
      ['ISO_IR 100', 'latin_1'],
      ['ISO_IR 101', 'iso8859_2'],
      ['ISO_IR 109', 'iso8859_3'],
      ['ISO_IR 110', 'iso8859_4'],
      ['ISO_IR 144', 'iso8859_5'],
      ['ISO_IR 127', 'iso8859_6'],
      ['ISO_IR 126', 'iso8859_7'],
      ['ISO_IR 138', 'iso8859_8'],
      ['ISO_IR 148', 'iso8859_9'],
      ['ISO_IR 203', 'iso8859_15'],
      ['ISO_IR 166', 'cp874'],
    ];
    const upper = Array.from({ length: 96 }, (_, i) => 0xa0 + i);
    const oracle = python<string[]>(
      `import json, sys
codecs = json.loads(sys.argv[1]); data = bytes(json.loads(sys.argv[2]))
print(json.dumps([data.decode(c, errors='replace') for c in codecs]))`,
      JSON.stringify(terms.map((t) => t[1])),
      JSON.stringify(upper),
    );
    // Bytes a standard leaves unassigned decode to U+FFFD in Python; TextDecoder may give a private-use
    // character instead. Neither is text, so only the assigned bytes are compared.
    const assigned = (text: string, expected: string): string[] =>
      [...text].filter((_, k) => [...expected][k] !== '\ufffd');
    terms.forEach(([term], i) => {
      const want = oracle[i] ?? '';
      const plain = characterSet([term]).decode(new Uint8Array(upper), 'LO');
      expect(assigned(plain, want), term).toEqual(assigned(want, want));
      // The same repertoire as value 1 of a code-extension set (it starts in G1).
      const iso = term.replace('ISO_IR', 'ISO 2022 IR');
      const extended = characterSet([iso]).decode(new Uint8Array(upper), 'LO');
      expect(assigned(extended, want), iso).toEqual(assigned(want, want));
    });
  });

  test('an escape sequence switches G1 inside a value, and the value delimiter switches it back', () => {
    const value = new Uint8Array([0xe9, 0x1b, 0x2d, 0x4c, 0xbb, 0xee, 0x5c, 0xe9]);
    const oracle = python<string>(
      `import json; print(json.dumps(b'\\xe9'.decode('latin_1') + b'\\xbb\\xee'.decode('iso8859_5') + '\\\\' + b'\\xe9'.decode('latin_1')))`,
    );
    expect(characterSet(['ISO 2022 IR 100', 'ISO 2022 IR 144']).decode(value, 'LO')).toBe(oracle);
  });

  test('JIS X 0212 (ISO 2022 IR 159) and escape switching inside one value', () => {
    const value = enc('A\x1b$(D\x30\x21\x1b(Bb\x1b$B\x3b\x33\x1b(Bc');
    const oracle = python<string>(
      `import json, sys; print(json.dumps(bytes(json.loads(sys.argv[1])).decode('iso2022_jp_2')))`,
      JSON.stringify([...value]),
    );
    expect(characterSet(['', 'ISO 2022 IR 87', 'ISO 2022 IR 159']).decode(value, 'LO')).toBe(oracle);
  });

  test('delimiters return to the initial character set, but not inside a two-byte character', () => {
    // "^" (0x5E) is the second byte of this JIS X 0208 character; the value has no ESC ( B before "^".
    const kanji = enc('\x1b$B\x30\x5e');
    const jisOnly = python<string>(
      `import json, sys; print(json.dumps(bytes(json.loads(sys.argv[1])).decode('iso2022_jp')))`,
      JSON.stringify([...kanji, 0x1b, 0x28, 0x42]),
    );
    expect(characterSet(['', 'ISO 2022 IR 87']).decode(kanji, 'PN')).toBe(jisOnly);
    // A Korean G1 designation is dropped at "^": the next group starts in ASCII again.
    const korean = new Uint8Array([0x1b, 0x24, 0x29, 0x43, 0xb1, 0xe8, 0x5e, 0x41]);
    const text = characterSet(['', 'ISO 2022 IR 149']).decode(korean, 'PN');
    expect(text).toBe(`${new TextDecoder('euc-kr').decode(new Uint8Array([0xb1, 0xe8]))}^A`);
  });

  test('empty, absent, misspelt and unknown character sets', () => {
    expect(characterSet([]).decode(enc('Doe^John'), 'PN')).toBe('Doe^John');
    expect(characterSet(['']).decode(enc('Doe'), 'PN')).toBe('Doe');
    expect(characterSet(['ISO-IR 192']).decode(new Uint8Array([0xc3, 0xa9]), 'LO')).toBe('é');
    expect(characterSet(['iso_ir 100']).warning).toBeUndefined();
    const unknown = characterSet(['KLINGON']);
    expect(unknown.warning).toMatch(/unknown Specific Character Set "KLINGON"/);
    expect(unknown.decode(new Uint8Array([0xe9]), 'LO')).toBe('é');
    expect(characterSet(['GBK']).decode(new Uint8Array([0xcd, 0xf5]), 'PN')).toBe('王');
  });

  test('ISO_IR 13 half-width katakana and a multi-valued set mixing ISO_IR and ISO 2022 spellings', () => {
    const katakana = new Uint8Array([0xd4, 0xcf, 0xc0, 0xde]);
    const oracle = python<string>(
      `import json, sys; print(json.dumps(bytes(json.loads(sys.argv[1])).decode('shift_jis')))`,
      JSON.stringify([...katakana]),
    );
    expect(characterSet(['ISO_IR 13']).decode(katakana, 'PN')).toBe(oracle);
    expect(characterSet(['ISO_IR 13', 'ISO 2022 IR 87']).decode(katakana, 'PN')).toBe(oracle);
  });
});
