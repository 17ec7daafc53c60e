import { createMemo, createSignal, For, Show } from 'solid-js';
import { FILE_VERDICTS, type FileResult, type FileVerdict } from '../../domain/verify';
import { formatBytes } from '../../ui/format';
import { t, type MessageKey } from '../../ui/i18n/catalog';

/** A long package shows its problems and the first good files; the rest on request. */
const FIRST_ROWS = 200;

export function verdictLabel(verdict: FileVerdict): string {
  return t(`verify.file.${verdict}` as MessageKey);
}

function rank(v: FileVerdict): number {
  return v === 'ok' ? FILE_VERDICTS.length : FILE_VERDICTS.indexOf(v);
}

/**
 * Every file with its result, problems first. Below 640 px each row becomes a small card (see
 * verify.css) so paths and reasons wrap instead of scrolling sideways.
 */
export function FileTable(props: { readonly files: readonly FileResult[] }) {
  const [all, setAll] = createSignal(false);
  const sorted = createMemo(() =>
    [...props.files].sort(
      (a, b) => rank(a.verdict) - rank(b.verdict) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
    ),
  );
  const shown = () => (all() ? sorted() : sorted().slice(0, FIRST_ROWS));
  return (
    <>
      <table class="verify-files">
        <caption>{t('verify.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('verify.table.result')}</th>
            <th scope="col">{t('verify.table.file')}</th>
            <th scope="col">{t('verify.table.size')}</th>
            <th scope="col">{t('verify.table.detail')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={shown()}>
            {(f) => (
              <tr data-verdict={f.verdict}>
                <td data-label={t('verify.table.result')}>
                  <span class={`verdict-chip chip-${f.verdict}`}>{verdictLabel(f.verdict)}</span>
                </td>
                <td data-label={t('verify.table.file')} class="verify-path">
                  {f.path}
                </td>
                <td data-label={t('verify.table.size')} class="verify-size">
                  {f.size === undefined ? '' : formatBytes(f.size)}
                </td>
                <td data-label={t('verify.table.detail')} class="verify-detail">
                  {f.reason ?? ''}
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <Show when={!all() && sorted().length > FIRST_ROWS}>
        <button type="button" class="button no-print" onClick={() => setAll(true)}>
          {t('verify.table.more', { count: sorted().length })}
        </button>
      </Show>
    </>
  );
}
