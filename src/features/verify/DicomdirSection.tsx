import { For, Show } from 'solid-js';
import { Alert } from '../../ui/Alert';
import { t } from '../../ui/i18n/catalog';
import { dicomdirConsistent, type DicomdirReport } from './dicomdirCheck';

/** The DICOMDIR cross-check: every reference resolved with the right identity, every DICOM file referenced. */
export function DicomdirSection(props: { readonly report: DicomdirReport }) {
  const r = () => props.report;
  const lines = () => {
    const c = r().check;
    if (!c) return [];
    return [
      ...c.missing.map((m) => t('verify.dicomdir.missing', { path: m.path })),
      ...c.mismatches.map((m) =>
        t('verify.dicomdir.mismatch', {
          path: m.path,
          field: m.field,
          inFile: m.inFile,
          inDicomdir: m.inDicomdir,
        }),
      ),
      ...c.unreferenced.map((u) => t('verify.dicomdir.unreferenced', { path: u.path })),
    ];
  };
  return (
    <section class="card" aria-labelledby={`dicomdir-${r().path}`} data-testid="dicomdir-section">
      <h2 id={`dicomdir-${r().path}`}>{t('verify.dicomdir.heading', { path: r().path })}</h2>
      <Show when={r().unreadable}>
        <Alert tone="error">{t('verify.dicomdir.unreadable', { reason: r().unreadable ?? '' })}</Alert>
      </Show>
      <Show when={dicomdirConsistent(r())}>
        <Alert tone="success">
          {t('verify.dicomdir.consistent', { matched: r().check?.matched ?? 0, files: r().dicomFiles })}
        </Alert>
      </Show>
      <Show when={lines().length > 0}>
        <Alert tone="error">
          <p class="alert-lead">{t('verify.dicomdir.inconsistent')}</p>
          <ul class="verify-issues">
            <For each={lines()}>{(line) => <li>{line}</li>}</For>
          </ul>
        </Alert>
      </Show>
      <Show when={r().problems.length > 0}>
        <ul class="verify-issues warning-list">
          <For each={r().problems}>{(p) => <li>{t('verify.dicomdir.problem', { problem: p })}</li>}</For>
        </ul>
      </Show>
    </section>
  );
}
