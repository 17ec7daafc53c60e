import { createResource, createSignal, type Accessor } from 'solid-js';
import { annotationsOfStudy, type Annotation } from '../../domain/viewing';
import { annotationKind, deleteDocument, putDocument, readDocuments } from '../../documents';
import { appendAudit } from '../../storage/auditRepository';
import { errorMessage } from '../../domain/text/errorMessage';
import { vt } from './messages';

export interface AnnotationStore {
  readonly studyId: Accessor<string>;
  /** The study's annotations that could be read, oldest first. */
  readonly list: Accessor<readonly Annotation[]>;
  readonly loading: Accessor<boolean>;
  /** Why something could not be read, saved or deleted; cleared by the next success. */
  readonly problem: Accessor<string | undefined>;
  save(annotation: Annotation): Promise<boolean>;
  remove(annotation: Annotation): Promise<boolean>;
}

async function readStudy(studyId: string): Promise<{ list: Annotation[]; skipped: string[] }> {
  const { documents, damaged } = await readDocuments(annotationKind);
  const list = documents.map((d) => d.value).filter((a) => a.studyId === studyId);
  return { list: annotationsOfStudy(list, studyId), skipped: damaged.map((d) => d.detail) };
}

/** The annotations of one study, read from the vault's sealed records and kept in step with it. */
export function createAnnotationStore(studyId: Accessor<string>): AnnotationStore {
  const [problem, setProblem] = createSignal<string | undefined>(undefined);
  const [read, { mutate }] = createResource(studyId, async (id) => {
    try {
      const result = await readStudy(id);
      setProblem(
        result.skipped.length > 0
          ? vt('viewer.annotations.skipped', {
              count: result.skipped.length,
              reason: result.skipped[0] ?? '',
            })
          : undefined,
      );
      return result.list;
    } catch (error) {
      setProblem(vt('viewer.annotations.readFailed', { reason: errorMessage(error) }));
      return [];
    }
  });

  const audit = (annotation: Annotation, change: 'added' | 'deleted') =>
    // The change is made; a trail that cannot be written must not undo it or hide it.
    appendAudit('records.changed', annotation.studyId, { annotation: annotation.kind, change }).catch(
      () => undefined,
    );

  return {
    studyId,
    list: () => read.latest ?? [],
    loading: () => read.loading,
    problem,
    async save(annotation) {
      try {
        await putDocument(annotationKind, annotation.id, annotation);
        mutate((list) => annotationsOfStudy([...(list ?? []), annotation], annotation.studyId));
        setProblem(undefined);
        await audit(annotation, 'added');
        return true;
      } catch (error) {
        setProblem(vt('viewer.annotations.saveFailed', { reason: errorMessage(error) }));
        return false;
      }
    },
    async remove(annotation) {
      try {
        await deleteDocument(annotationKind, annotation.id);
        mutate((list) => (list ?? []).filter((a) => a.id !== annotation.id));
        setProblem(undefined);
        await audit(annotation, 'deleted');
        return true;
      } catch (error) {
        setProblem(vt('viewer.annotations.deleteFailed', { reason: errorMessage(error) }));
        return false;
      }
    },
  };
}
