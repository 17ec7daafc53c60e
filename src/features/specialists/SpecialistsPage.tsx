import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import type { Specialist } from '../../domain/records';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../domain/text/errorMessage';
import { t } from '../../ui/i18n/catalog';
import { PageHeader } from '../../ui/PageHeader';
import { loadStudyFacts } from '../../catalog';
import '../records/records.css';
import { ShareCard } from './ShareCard';
import { ShareForm } from './ShareForm';
import {
  deleteShare,
  deleteSpecialist,
  listShares,
  listSpecialists,
  saveShare,
  saveSpecialist,
  type StoredShare,
} from './sharesData';
import { SpecialistForm } from './SpecialistForm';
import './specialists.css';

async function load() {
  const [specialists, shares, studies] = await Promise.all([
    listSpecialists(),
    listShares(),
    loadStudyFacts(),
  ]);
  return { specialists, shares, studies };
}

/** The directory of specialists and the log of every package sent to them. */
export function SpecialistsPage() {
  const [data, { mutate }] = createResource(load);
  const [editing, setEditing] = createSignal<Specialist | null>(null);
  const [recording, setRecording] = createSignal(false);
  const [failure, setFailure] = createSignal<string | null>(null);
  const byId = createMemo(() => new Map((data()?.specialists ?? []).map((s) => [s.id, s])));
  const studyIds = createMemo(() => new Set((data()?.studies ?? []).map((s) => s.id)));
  const sharesOf = (id: string) => (data()?.shares ?? []).filter((s) => s.value.specialistId === id).length;

  const saveS = async (s: Specialist) => {
    await saveSpecialist(s);
    mutate(
      (d) =>
        d && {
          ...d,
          specialists: [...d.specialists.filter((x) => x.id !== s.id), s].sort((a, b) =>
            a.name.localeCompare(b.name),
          ),
        },
    );
    setEditing(null);
  };
  const removeS = async (s: Specialist) => {
    setFailure(null);
    try {
      await deleteSpecialist(s);
      mutate((d) => d && { ...d, specialists: d.specialists.filter((x) => x.id !== s.id) });
    } catch (error) {
      setFailure(t('records.error.save', { reason: errorMessage(error) }));
    }
  };
  const saveSh = async (share: StoredShare, change: string) => {
    await saveShare(share, change);
    mutate(
      (d) =>
        d && {
          ...d,
          shares: [...d.shares.filter((x) => x.id !== share.id), share].sort((a, b) =>
            b.value.sentAt.localeCompare(a.value.sentAt),
          ),
        },
    );
  };
  const removeSh = async (share: StoredShare) => {
    await deleteShare(share);
    mutate((d) => d && { ...d, shares: d.shares.filter((x) => x.id !== share.id) });
  };
  const blank = (): Specialist => ({
    id: crypto.randomUUID(),
    name: '',
    specialty: '',
    institution: '',
    country: '',
    contact: '',
    notes: '',
  });

  return (
    <section class="page" aria-labelledby="page-title">
      <PageHeader title={t('place.specialists.title')} summary={t('specialists.summary')} />
      <Show when={data.error}>
        <Alert tone="error">{t('records.error.load', { reason: errorMessage(data.error) })}</Alert>
      </Show>
      <Show when={failure()}>
        <Alert tone="error">{failure()}</Alert>
      </Show>
      <Show when={data()} fallback={<p class="muted">{t('records.loading')}</p>}>
        {(d) => (
          <>
            <section class="card" aria-labelledby="directory-title">
              <div class="records-section-head">
                <h2 id="directory-title">
                  {t('specialists.directory')} <span class="muted">({d().specialists.length})</span>
                </h2>
                <button type="button" class="button" onClick={() => setEditing(blank())}>
                  {t('specialists.add')}
                </button>
              </div>
              <Show when={editing() && !d().specialists.some((s) => s.id === editing()?.id)}>
                <SpecialistForm specialist={editing()!} onSave={saveS} onCancel={() => setEditing(null)} />
              </Show>
              <ul class="records-items">
                <For each={d().specialists} fallback={<li class="muted">{t('specialists.none')}</li>}>
                  {(s) => (
                    <li class="records-item" data-testid="specialist">
                      <Show
                        when={editing()?.id === s.id}
                        fallback={
                          <>
                            <div class="records-item-main">
                              <strong class="records-item-title">{s.name}</strong>
                              <span class="muted">
                                {[s.specialty, s.institution, s.country].filter(Boolean).join(' · ')}
                              </span>
                              <Show when={s.contact}>
                                <span>{s.contact}</span>
                              </Show>
                              <Show when={s.notes}>
                                <span class="records-pre muted">{s.notes}</span>
                              </Show>
                              <span class="muted">{t('specialists.sharesCount', { n: sharesOf(s.id) })}</span>
                            </div>
                            <div class="records-item-actions">
                              <button type="button" class="button" onClick={() => setEditing(s)}>
                                {t('records.edit')}
                                <span class="records-sr"> {s.name}</span>
                              </button>
                              <button
                                type="button"
                                class="button"
                                onClick={() => {
                                  const n = sharesOf(s.id);
                                  const question =
                                    n > 0
                                      ? t('specialists.confirmDeleteWithShares', { name: s.name, n })
                                      : t('records.confirmDelete', { name: s.name });
                                  if (confirm(question)) void removeS(s);
                                }}
                              >
                                {t('records.delete')}
                                <span class="records-sr"> {s.name}</span>
                              </button>
                            </div>
                          </>
                        }
                      >
                        <SpecialistForm specialist={s} onSave={saveS} onCancel={() => setEditing(null)} />
                      </Show>
                    </li>
                  )}
                </For>
              </ul>
            </section>
            <section class="card" aria-labelledby="sharelog-title">
              <div class="records-section-head">
                <h2 id="sharelog-title">
                  {t('specialists.shareLog')} <span class="muted">({d().shares.length})</span>
                </h2>
                <button
                  type="button"
                  class="button"
                  disabled={d().specialists.length === 0}
                  onClick={() => setRecording(true)}
                >
                  {t('specialists.recordShare')}
                </button>
              </div>
              <p>{t('specialists.shareLogIntro')}</p>
              <Show when={d().specialists.length === 0}>
                <p class="muted">{t('specialists.addFirst')}</p>
              </Show>
              <Show when={recording()}>
                <ShareForm
                  specialists={d().specialists}
                  studies={d().studies}
                  onSave={async (share) => {
                    await saveSh(share, 'recorded by hand');
                    setRecording(false);
                  }}
                  onCancel={() => setRecording(false)}
                />
              </Show>
              <ul class="share-list">
                <For each={d().shares} fallback={<li class="muted">{t('specialists.noShares')}</li>}>
                  {(share) => (
                    <ShareCard
                      share={share}
                      specialist={byId().get(share.value.specialistId)}
                      studyIds={studyIds()}
                      onSave={saveSh}
                      onDelete={removeSh}
                    />
                  )}
                </For>
              </ul>
            </section>
          </>
        )}
      </Show>
    </section>
  );
}
