import { createResource, createSignal, For, Show } from 'solid-js';
import { deleteStudy, largestStudies, type DeletedStudyReport } from '../../catalog';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../domain/text/errorMessage';
import { formatBytes } from '../../ui/format';
import { t } from '../../ui/i18n/catalog';

const SHOWN = 10;

/** The studies taking the most room, each deletable after an explicit confirmation. */
export function LargestStudies(props: { onDeleted: () => void }) {
  const [studies, { refetch }] = createResource(() => largestStudies(SHOWN));
  const [confirming, setConfirming] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [done, setDone] = createSignal<(DeletedStudyReport & { label: string }) | null>(null);
  const [error, setError] = createSignal<string | null>(null);

  const remove = async (id: string, label: string) => {
    setBusy(true);
    setError(null);
    try {
      setDone({ ...(await deleteStudy(id, label)), label });
      setConfirming(null);
      await refetch();
      props.onDeleted();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="largest">
      <h3>{t('stewardship.health.largest')}</h3>
      <Show when={studies()?.length} fallback={<p class="muted">{t('stewardship.health.noStudies')}</p>}>
        <ul class="largest-studies" data-testid="largest-studies">
          <For each={studies()}>
            {(s) => (
              <li>
                <span class="study-name">
                  <strong>{s.label}</strong>
                  <br />
                  <span class="muted">
                    {s.patient} · {t('stewardship.health.files', { n: s.files })}
                  </span>
                </span>
                <span>{formatBytes(s.size)}</span>
                <button
                  type="button"
                  class="button"
                  disabled={busy()}
                  onClick={() => setConfirming(s.id)}
                  aria-label={t('stewardship.health.deleteLabel', { study: s.label })}
                >
                  {t('stewardship.health.delete')}
                </button>
                <Show when={confirming() === s.id}>
                  <div class="confirm-delete" role="alertdialog" aria-labelledby={`confirm-${s.id}`}>
                    <p id={`confirm-${s.id}`}>
                      {t('stewardship.health.confirm', {
                        study: s.label,
                        patient: s.patient,
                        size: formatBytes(s.size),
                      })}
                    </p>
                    <div class="button-row">
                      <button
                        type="button"
                        class="button danger"
                        disabled={busy()}
                        onClick={() => void remove(s.id, s.label)}
                      >
                        {t('stewardship.health.confirmYes')}
                      </button>
                      <button
                        type="button"
                        class="button"
                        disabled={busy()}
                        onClick={() => setConfirming(null)}
                      >
                        {t('stewardship.health.confirmNo')}
                      </button>
                    </div>
                  </div>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={done()}>
        {(d) => (
          <Alert tone="success">
            {t('stewardship.health.deleted', {
              study: d().label,
              files: d().files,
              size: formatBytes(d().bytes),
            })}
          </Alert>
        )}
      </Show>
      <Show when={error()}>
        <Alert tone="error">{error()}</Alert>
      </Show>
    </div>
  );
}
