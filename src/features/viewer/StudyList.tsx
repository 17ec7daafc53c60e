import { A } from '@solidjs/router';
import { createResource, For, Show } from 'solid-js';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../domain/text/errorMessage';
import { vt } from './messages';
import type { ViewerStudy } from './viewerData';
import { useViewerServices } from './services';
import { dateLabel } from '../../catalog';

export function studyLabel(s: ViewerStudy): string {
  return [
    s.patientName ?? vt('viewer.pick.unknownPatient'),
    dateLabel(s.date) ?? vt('viewer.pick.unknownDate'),
    s.description ?? vt('viewer.pick.noDescription'),
    s.modalities.join(', '),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Reads the vault's studies once; an error is a value the page shows. */
export function createStudies() {
  const { data } = useViewerServices();
  const [studies] = createResource(async () => {
    try {
      return { ok: true as const, studies: await data.listStudies() };
    } catch (error) {
      return { ok: false as const, message: errorMessage(error) };
    }
  });
  return studies;
}

/** The studies in the vault, each opening in the viewer; an empty vault points to Import. */
export function StudyList() {
  const studies = createStudies();
  return (
    <Show when={studies()} fallback={<p role="status">{vt('viewer.pick.loading')}</p>}>
      {(result) => (
        <Show
          when={result().ok ? (result() as { studies: ViewerStudy[] }).studies : undefined}
          fallback={<Alert tone="error">{(result() as { message: string }).message}</Alert>}
        >
          {(list) => (
            <Show
              when={list().length > 0}
              fallback={
                <div class="card">
                  <p>{vt('viewer.pick.empty')}</p>
                  <A class="button primary" href="/import">
                    {vt('viewer.pick.import')}
                  </A>
                </div>
              }
            >
              <div class="card">
                <h2>{vt('viewer.pick.heading')}</h2>
                <ul class="study-list">
                  <For each={list()}>
                    {(study) => (
                      <li>
                        <A href={`/viewer?study=${encodeURIComponent(study.id)}`}>{studyLabel(study)}</A>
                      </li>
                    )}
                  </For>
                </ul>
                <Show when={list().length > 1}>
                  <A class="button" href="/viewer/compare">
                    {vt('viewer.pick.compare')}
                  </A>
                </Show>
              </div>
            </Show>
          )}
        </Show>
      )}
    </Show>
  );
}
