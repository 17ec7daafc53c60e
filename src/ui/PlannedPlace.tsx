import { For } from 'solid-js';
import { t, tList, type MessageKey } from './i18n/catalog';
import { PageHeader } from './PageHeader';

export interface PlannedPlaceProps {
  readonly place: string;
}

/** A place whose feature has not landed yet: it says honestly what it will hold, and shows no data. */
export function PlannedPlace(props: PlannedPlaceProps) {
  const key = (suffix: string) => `place.${props.place}.${suffix}` as MessageKey;
  return (
    <section class="page" aria-labelledby="page-title">
      <PageHeader title={t(key('title'))} summary={t(key('summary'))} />
      <div class="card">
        <h2>{t('planned.heading')}</h2>
        <ul class="planned-list">
          <For each={tList(key('items'))}>{(item) => <li>{item}</li>}</For>
        </ul>
        <p class="muted">{t('planned.notice')}</p>
      </div>
    </section>
  );
}
