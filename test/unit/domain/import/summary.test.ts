import { describe, expect, it } from 'vitest';
import {
  dicomdirCountsOf,
  emptyFindings,
  summarizeImport,
  type ImportEnd,
  type ImportWrites,
} from '../../../../src/domain/import/summary';

const writes: ImportWrites = { added: 0, alreadyInVault: 0, duplicates: 0, imported: [], damaged: [] };
const end: ImportEnd = {
  cancelled: false,
  filesSeen: 0,
  bytes: 0,
  elapsedMs: 5,
  allPaths: [],
  studyIds: [],
  fatal: undefined,
};

describe('summarizeImport', () => {
  it('carries the counts of the write path and the end of the job, and no fatal key when none', () => {
    const summary = summarizeImport(
      emptyFindings(),
      { ...writes, added: 3, alreadyInVault: 2, duplicates: 1 },
      { ...end, filesSeen: 7, bytes: 900, studyIds: ['s1'], cancelled: true },
      new Map(),
    );
    expect(summary).toMatchObject({
      imported: 3,
      alreadyInVault: 2,
      duplicates: 1,
      filesSeen: 7,
      bytes: 900,
      studyIds: ['s1'],
      cancelled: true,
      conflicts: [],
      warnings: [],
      seriesFlags: [],
      skippedText: '',
    });
    expect('fatal' in summary).toBe(false);
    expect(summarizeImport(emptyFindings(), writes, { ...end, fatal: 'disk full' }, new Map()).fatal).toBe(
      'disk full',
    );
  });

  it('counts skipped files by kind and lists each with its format', () => {
    const findings = emptyFindings();
    findings.junk.push('autorun', 'autorun');
    findings.skipped.push({ path: 'a/AUTORUN.INF', format: 'autorun file' });
    const summary = summarizeImport(findings, writes, end, new Map());
    expect(summary.skippedCount).toBe(2);
    expect(summary.skippedText).toMatch(/^skipped 2 files: /);
    expect(summary.skipped).toEqual([{ path: 'a/AUTORUN.INF', format: 'autorun file' }]);
  });

  it('lists up to 50 "not DICOM" files and drops them beyond, keeping every other unreadable file', () => {
    const notDicom = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ path: `f${i}`, reason: 'not DICOM: text' }));
    const few = emptyFindings();
    few.unreadable.push(...notDicom(50), { path: 'x', reason: 'could not be read: gone' });
    expect(summarizeImport(few, writes, end, new Map()).unreadable).toHaveLength(51);
    const many = emptyFindings();
    many.unreadable.push(...notDicom(51), { path: 'x', reason: 'could not be read: gone' });
    expect(summarizeImport(many, writes, end, new Map()).unreadable).toEqual([
      { path: 'x', reason: 'could not be read: gone' },
    ]);
  });

  it('reports a DICOMDIR that could not be read with its reason', () => {
    const findings = emptyFindings();
    findings.dicomdirs.push({ path: 'disc/DICOMDIR', result: { ok: false, reason: 'truncated' } });
    const summary = summarizeImport(findings, writes, { ...end, allPaths: ['disc/DICOMDIR'] }, new Map());
    expect(summary.dicomdirs).toEqual([{ path: 'disc/DICOMDIR', problem: 'truncated' }]);
    expect(dicomdirCountsOf(findings.dicomdirs).size).toBe(0);
  });

  it('cross-checks a readable DICOMDIR against the files found beside it', () => {
    const findings = emptyFindings();
    findings.dicomdirs.push({
      path: 'disc/DICOMDIR',
      result: { ok: true, dicomdir: { records: [], problems: [] } },
    });
    findings.foundUids.set('disc/IM1', {
      sopInstanceUid: '1.2.3',
      sopClassUid: '1.2.840.10008.5.1.4.1.1.2',
      transferSyntaxUid: '1.2.840.10008.1.2.1',
    });
    const summary = summarizeImport(
      findings,
      writes,
      { ...end, allPaths: ['disc/DICOMDIR', 'disc/IM1'] },
      new Map(),
    );
    expect(summary.dicomdirs).toHaveLength(1);
    expect(summary.dicomdirs[0]?.check).toBeDefined();
    expect(summary.dicomdirs[0]?.problem).toBeUndefined();
  });
});
