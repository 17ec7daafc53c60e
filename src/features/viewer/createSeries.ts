import { createResource, type Accessor } from 'solid-js';
import { errorMessage } from '../../domain/text/errorMessage';
import { useViewerServices } from './services';
import { buildStack, type Stack } from './stack';
import type { ViewerSeries } from './viewerData';

export type Loaded<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

async function attempt<T>(work: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, message: errorMessage(error) };
  }
}

/** The series of a study, read from the vault. */
export function createStudySeries(studyId: Accessor<string | undefined>) {
  const { data } = useViewerServices();
  const [series] = createResource(studyId, (id) => attempt<ViewerSeries[]>(() => data.listSeriesOfStudy(id)));
  return series;
}

/** A series' images laid out as a stack. */
export function createSeriesStack(seriesId: Accessor<string | undefined>) {
  const { data } = useViewerServices();
  const [stack] = createResource(seriesId, (id) =>
    attempt<Stack>(async () => buildStack(await data.listInstancesOfSeries(id))),
  );
  return stack;
}
