import { describe, expect, it } from 'vitest';
import {
  EMPTY_DRAFT,
  chosenStudies,
  packageNameFor,
  selectionWarnings,
  toggleSeries,
  toggleStudy,
  writtenDocuments,
} from '../../../../src/features/packages/wizardModel';
import type { CatalogPatient } from '../../../../src/catalog';

const series = (id: string, flags: { code: 'lossy' | 'multiple-patients'; text: string }[] = []) => ({
  id,
  studyId: 'st1',
  series: {
    info: { number: Number(id.slice(-1)), modality: 'CT', description: `Series ${id}` },
    instanceCount: 2,
    frameCount: 2,
    byteSize: 10,
    flags,
  },
});

const catalog: CatalogPatient[] = [
  {
    id: 'p1',
    patient: { info: {} },
    studies: [
      {
        id: 'st1',
        study: {
          info: { description: 'CT head', date: '20240102' },
          modalities: ['CT'],
          bodyParts: [],
          seriesCount: 2,
          instanceCount: 4,
          byteSize: 20,
          flags: [],
          lastImportedAt: '',
        },
        series: [series('se1', [{ code: 'lossy', text: 'JPEG baseline is lossy.' }]), series('se2')],
      },
    ],
  },
];

describe('the wizard model', () => {
  it('chooses a whole study at once, and single series on request', () => {
    const study = catalog[0]!.studies[0]!;
    const whole = toggleStudy(EMPTY_DRAFT, study, true);
    expect(chosenStudies(catalog, whole)[0]?.series.map((s) => s.id)).toEqual(['se1', 'se2']);
    const one = toggleSeries(whole, study.series[0]!, false);
    expect(chosenStudies(catalog, one)[0]?.series.map((s) => s.id)).toEqual(['se2']);
    expect(chosenStudies(catalog, toggleSeries(one, study.series[1]!, false))).toEqual([]);
  });

  it('warns about chosen lossy series only, with the import’s own sentence', () => {
    const study = catalog[0]!.studies[0]!;
    const warnings = selectionWarnings(chosenStudies(catalog, toggleStudy(EMPTY_DRAFT, study, true)));
    expect(warnings).toEqual([
      { study: 'CT head', series: '1. Series se1', flags: [study.series[0]!.series.flags[0]] },
    ]);
    const without = toggleSeries(toggleStudy(EMPTY_DRAFT, study, true), study.series[0]!, false);
    expect(selectionWarnings(chosenStudies(catalog, without))).toEqual([]);
  });

  it('renders only the documents that were written', () => {
    const labels = {
      history: 'History',
      questions: 'Questions',
      summary: 'S',
      medications: 'M',
      allergies: 'A',
    };
    expect(writtenDocuments(EMPTY_DRAFT, labels, undefined)).toEqual([]);
    const docs = writtenDocuments(
      {
        ...EMPTY_DRAFT,
        history: { summary: 'Headaches', medications: '', allergies: 'Penicillin' },
        questions: 'Why?',
      },
      labels,
      'Prepared by Jo',
    );
    expect(docs.map((d) => d.name)).toEqual(['patient-history', 'questions-for-the-consultant']);
    expect(docs[0]?.document.sections.map((s) => s.heading)).toEqual(['S', 'A']);
    expect(docs[0]?.document.subtitle).toBe('Prepared by Jo');
  });

  it('names a package in ASCII with the day, the recipient and the start of its id', () => {
    const name = packageNameFor(
      new Date(2024, 6, 15),
      'Dr Anna Müller',
      '3f2a91c0-07be-4d55-8000-000000000000',
    );
    expect(name).toBe('Imaging_package_2024-07-15_Dr_Anna_Muller_3f2a91');
  });
});
