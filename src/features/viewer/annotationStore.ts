import { createResource, createSignal, type Accessor } from 'solid-js';
import { annotationsOfStudy, parseAnnotation, type Annotation } from '../../domain/viewing';
import { appendAudit } from '../../storage/auditRepository';
import { deleteRecord, listRecords, putRecord } from '../../storage/recordsRepository';
import { errorMessage } from '../../ui/errorMessage';
import { vt } from './messages';

/** Records kind under which annotations are kept, sealed, with their study. */
export const ANNOTATION_RECORD = 'annotation';

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
  const documents = await listRecords<unknown>(ANNOTATION_RECORD);
  const list: Annotation[] = [];
  const skipped: string[] = [];
  for (const d of documents) {
    const parsed = parseAnnotation(d.value);
    if (typeof parsed === 'string') skipped.push(parsed);
    else if (parsed.studyId === studyId) list.push(parsed);
  }
  return { list: annotationsOfStudy(list, studyId), skipped };
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
        await putRecord(ANNOTATION_RECORD, annotation.id, annotation);
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
        await deleteRecord(ANNOTATION_RECORD, annotation.id);
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
