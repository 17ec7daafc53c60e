import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { Alert } from '../../ui/Alert';
import { t } from '../../ui/i18n/catalog';
import type { DamagedNotice } from '../../catalog';

/** Damaged rows named, with the way out; shown above whatever did open. */
export function DamagedRecords(props: { notices: readonly DamagedNotice[] }) {
  return (
    <Show when={props.notices.length > 0}>
      <div data-testid="damaged-records">
        <Alert tone="error">
          <strong>
            {props.notices.length === 1
              ? t('damage.title')
              : t('damage.titleMany', { n: props.notices.length })}
          </strong>
          <ul class="problem-list">
            <For each={props.notices}>
              {(notice) => (
                <li data-testid="damaged-record">
                  <span class="paths">{notice.what}</span>
                  <span class="reason">{notice.reason}</span>
                </li>
              )}
            </For>
          </ul>
          <p>
            {t('damage.action')} <A href="/settings">{t('damage.openSettings')}</A>
          </p>
        </Alert>
      </div>
    </Show>
  );
}
