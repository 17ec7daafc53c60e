import { parseDicom, type DataSet } from 'dicom-parser';
import { describe, expect, it } from 'vitest';
import { assignFileIds, writeDicomdir, type DirectoryInstance } from '../../../../src/domain/dicomdir-write';

const CT = '1.2.840.10008.5.1.4.1.1.2';
const OPTIONS = { implementationClassUid: '1.2.3.4', fileSetId: 'UNIT' };

function instance(
  n: number,
  patientId: string,
  study: string,
  series: string,
  extra: Partial<DirectoryInstance> = {},
): DirectoryInstance {
  return {
    fileId: ['DICOM', `I${n}`],
    sopClassUid: CT,
    sopInstanceUid: `1.2.3.${n}`,
    transferSyntaxUid: '1.2.840.10008.1.2.1',
    patient: { patientId, patientName: 'DOE^JANE' },
    study: { studyInstanceUid: study, studyDate: '20240102', studyTime: '101500', studyId: '7' },
    series: { seriesInstanceUid: series, modality: 'CT', seriesNumber: '2' },
    instanceNumber: String(n),
    ...extra,
  };
}

/** Records by their byte offset, read back with dicom-parser (an independent reader). */
function records(bytes: Uint8Array): { root: DataSet; byOffset: Map<number, DataSet> } {
  const root = parseDicom(bytes);
  const seq = root.elements['x00041220'];
  const byOffset = new Map<number, DataSet>();
  for (const item of seq?.items ?? []) if (item.dataSet) byOffset.set(item.dataOffset - 8, item.dataSet);
  return { root, byOffset };
}

describe('writeDicomdir', () => {
  it('links PATIENT → STUDY → SERIES → IMAGE with offsets that point at the records', () => {
    const input = [
      instance(1, 'P1', '1.2.9.1', '1.2.9.1.1'),
      instance(2, 'P1', '1.2.9.1', '1.2.9.1.1'),
      instance(3, 'P2', '1.2.9.2', '1.2.9.2.1'),
    ];
    const { bytes, warnings } = writeDicomdir(input, OPTIONS);
    expect(warnings).toEqual([]);
    const { root, byOffset } = records(bytes);
    const type = (ds: DataSet | undefined) => ds?.string('x00041430');
    const chain = (offset: number | undefined): DataSet[] => {
      const out: DataSet[] = [];
      for (let o = offset ?? 0; o !== 0;) {
        const ds = byOffset.get(o);
        expect(ds, `offset ${o}`).toBeDefined();
        if (!ds) break;
        out.push(ds);
        o = ds.uint32('x00041400') ?? 0;
      }
      return out;
    };
    const patients = chain(root.uint32('x00041200'));
    expect(patients.map((p) => p.string('x00100020'))).toEqual(['P1', 'P2']);
    expect(root.uint32('x00041202')).toBe([...byOffset].find(([, ds]) => ds === patients[1])?.[0]);
    const images = chain(
      chain(chain(patients[0]?.uint32('x00041420'))[0]?.uint32('x00041420'))[0]?.uint32('x00041420'),
    );
    expect(images.map(type)).toEqual(['IMAGE', 'IMAGE']);
    expect(images.map((i) => i.string('x00041500'))).toEqual(['DICOM\\I1', 'DICOM\\I2']);
    for (const ds of byOffset.values()) expect(ds.uint16('x00041410')).toBe(0xffff);
    expect(root.uint16('x00041212')).toBe(0);
    expect(root.string('x00041130')).toBe('UNIT');
  });

  it('writes Type 2 keys empty, even lengths everywhere, and ISO_IR 192 only for records with non-ASCII strings', () => {
    const input = [
      instance(1, 'P1', '1.2.9.1', '1.2.9.1.1', { patient: { patientId: 'P1', patientName: 'Müller^Jörg' } }),
    ];
    const { bytes } = writeDicomdir(input, OPTIONS);
    const { byOffset } = records(bytes);
    const byType = new Map([...byOffset.values()].map((ds) => [ds.string('x00041430'), ds]));
    const patient = byType.get('PATIENT');
    const study = byType.get('STUDY');
    expect(patient?.string('x00080005')).toBe('ISO_IR 192');
    expect(
      new TextDecoder()
        .decode(
          patient?.byteArray.subarray(
            patient.elements['x00100010']?.dataOffset,
            (patient.elements['x00100010']?.dataOffset ?? 0) + (patient.elements['x00100010']?.length ?? 0),
          ),
        )
        .trim(),
    ).toBe('Müller^Jörg');
    expect(study?.elements['x00080005']).toBeUndefined();
    expect(study?.elements['x00081030']?.length).toBe(0);
    expect(study?.elements['x00080050']?.length).toBe(0);
    for (const ds of byOffset.values())
      for (const el of Object.values(ds.elements)) expect(el.length % 2, el.tag).toBe(0);
  });

  it('invents missing Type 1 values with a warning and leaves out a repeated SOP Instance UID', () => {
    const { instanceNumber: _none, ...bare } = instance(1, 'P1', '1.2.9.1', '1.2.9.1.1', {
      study: { studyInstanceUid: '1.2.9.1' },
      series: { seriesInstanceUid: '1.2.9.1.1' },
    } as Partial<DirectoryInstance>);
    const again = { ...instance(2, 'P1', '1.2.9.1', '1.2.9.1.1'), sopInstanceUid: bare.sopInstanceUid };
    const { bytes, warnings } = writeDicomdir([bare, again], OPTIONS);
    for (const key of ['StudyDate', 'StudyTime', 'StudyID', 'Modality', 'SeriesNumber', 'InstanceNumber']) {
      expect(
        warnings.some((w) => w.includes(`Type 1 key ${key}`)),
        key,
      ).toBe(true);
    }
    expect(warnings.some((w) => w.includes('appears twice'))).toBe(true);
    expect(
      [...records(bytes).byOffset.values()].filter((ds) => ds.string('x00041430') === 'IMAGE'),
    ).toHaveLength(1);
  });

  it('refuses File IDs that PS3.10 does not allow', () => {
    expect(() =>
      writeDicomdir([{ ...instance(1, 'P', '1.2', '1.3'), fileId: ['dicom', 'a.dcm'] }], OPTIONS),
    ).toThrow(/File ID/);
    expect(() => writeDicomdir([], { ...OPTIONS, fileSetId: 'far too long for a file-set id' })).toThrow(
      /File-set ID/,
    );
  });
});

describe('assignFileIds', () => {
  it('gives 8-character uppercase components, one folder per patient, study and series', () => {
    const ids = assignFileIds([
      { patientId: 'A', studyInstanceUid: '1', seriesInstanceUid: '1.1' },
      { patientId: 'A', studyInstanceUid: '1', seriesInstanceUid: '1.1' },
      { patientId: 'A', studyInstanceUid: '1', seriesInstanceUid: '1.2' },
      { patientId: 'B', studyInstanceUid: '2', seriesInstanceUid: '2.1' },
    ]);
    expect(ids.map((id) => id.join('/'))).toEqual([
      'DICOM/P0000001/S0000001/SE000001/I0000001',
      'DICOM/P0000001/S0000001/SE000001/I0000002',
      'DICOM/P0000001/S0000001/SE000002/I0000001',
      'DICOM/P0000002/S0000001/SE000001/I0000001',
    ]);
    for (const id of ids) for (const c of id) expect(c).toMatch(/^[A-Z0-9_]{1,8}$/);
  });
});
