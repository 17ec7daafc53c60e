import { A } from '@solidjs/router';
import { createMemo, createResource, createSignal, createUniqueId, For, Show } from 'solid-js';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../domain/text/errorMessage';
import { formatBytes } from '../../ui/format';
import { t, type MessageKey } from '../../ui/i18n/catalog';
import { PageHeader } from '../../ui/PageHeader';
import { useVault } from '../vault';
import { DamagedRecords } from './DamagedRecords';
import { dateLabel, loadLibrary, patientName, personLabel } from '../../catalog';
import { filterAndSort, type LibrarySort } from './filterAndSort';

export function LibraryPage() {
  const { session } = useVault();
  // Another tab's delete, merge or sweep changed the catalog: its news reloads the list here.
  const [library] = createResource(
    () => session.catalogVersion(),
    () => loadLibrary(),
  );
  const [query, setQuery] = createSignal('');
  const [sort, setSort] = createSignal<LibrarySort>('dateDesc');
  const shown = createMemo(() => filterAndSort(library()?.patients ?? [], query(), sort()));
  const searchId = createUniqueId();
  const sortId = createUniqueId();

  return (
    <section class="page" aria-labelledby="page-title">
      <PageHeader title={t('place.library.title')} summary={t('place.library.summary')} />
      <Show when={library.error}>
        <Alert tone="error">{errorMessage(library.error)}</Alert>
      </Show>
      <Show when={!library.loading} fallback={<p class="muted">{t('library.loading')}</p>}>
        <DamagedRecords notices={library()?.damaged ?? []} />
        <Show
          when={(library()?.patients ?? []).length > 0}
          fallback={
            <div class="card">
              <p>{t('library.empty')}</p>
              <A href="/import" class="button primary">
                {t('nav.import')}
              </A>
            </div>
          }
        >
          <div class="toolbar">
            <div class="field">
              <label for={searchId}>{t('library.search')}</label>
              <input
                id={searchId}
                type="search"
                value={query()}
                onInput={(e) => setQuery(e.currentTarget.value)}
              />
            </div>
            <div class="field">
              <label for={sortId}>{t('library.sort')}</label>
              <select
                id={sortId}
                value={sort()}
                onChange={(e) => setSort(e.currentTarget.value as LibrarySort)}
              >
                <option value="dateDesc">{t('library.sort.dateDesc')}</option>
                <option value="dateAsc">{t('library.sort.dateAsc')}</option>
                <option value="description">{t('library.sort.description')}</option>
                <option value="size">{t('library.sort.size')}</option>
              </select>
            </div>
          </div>
          <Show when={shown().length > 0} fallback={<p>{t('library.noMatch', { q: query() })}</p>}>
            <For each={shown()}>
              {(p) => (
                <section
                  class="card patient"
                  aria-label={p.damaged ? t('damage.patientName') : (patientName(p.patient.info) ?? '')}
                  data-damaged={p.damaged ? 'true' : undefined}
                >
                  <h2 class="patient-name">
                    {p.damaged
                      ? t('damage.patientName')
                      : (personLabel(p.patient.info.name) ?? t('library.unnamed'))}
                  </h2>
                  <p class="muted patient-facts">
                    {[
                      p.patient.info.id ? t('library.patient.id', { id: p.patient.info.id }) : null,
                      dateLabel(p.patient.info.birthDate)
                        ? t('library.patient.born', { date: dateLabel(p.patient.info.birthDate) ?? '' })
                        : null,
                      p.patient.info.sex,
                      t('library.studies', { n: p.studies.length }),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                  <table class="studies">
                    <thead>
                      <tr>
                        <th scope="col">{t('library.col.date')}</th>
                        <th scope="col">{t('library.col.description')}</th>
                        <th scope="col">{t('library.col.modality')}</th>
                        <th scope="col">{t('library.col.bodyPart')}</th>
                        <th scope="col">{t('library.col.series')}</th>
                        <th scope="col">{t('library.col.images')}</th>
                        <th scope="col">{t('library.col.size')}</th>
                        <th scope="col">{t('library.col.flags')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      <For each={p.studies}>
                        {(s) => (
                          <tr data-testid="study-row">
                            <td data-label={t('library.col.date')}>
                              {dateLabel(s.study.info.date) ?? t('library.noDate')}
                            </td>
                            <td data-label={t('library.col.description')}>
                              <A href={`/study/${s.id}`}>
                                {s.study.info.description || t('library.noDescription')}
                              </A>
                            </td>
                            <td data-label={t('library.col.modality')}>{s.study.modalities.join(', ')}</td>
                            <td data-label={t('library.col.bodyPart')}>{s.study.bodyParts.join(', ')}</td>
                            <td data-label={t('library.col.series')}>{s.study.seriesCount}</td>
                            <td data-label={t('library.col.images')}>{s.study.instanceCount}</td>
                            <td data-label={t('library.col.size')}>{formatBytes(s.study.byteSize)}</td>
                            <td data-label={t('library.col.flags')}>
                              <For each={s.study.flags}>
                                {(f) => (
                                  <span class="flag" title={f.text}>
                                    {t(`flag.${f.code}` as MessageKey)}
                                  </span>
                                )}
                              </For>
                            </td>
                          </tr>
                        )}
                      </For>
                    </tbody>
                  </table>
                </section>
              )}
            </For>
          </Show>
        </Show>
      </Show>
    </section>
  );
}
