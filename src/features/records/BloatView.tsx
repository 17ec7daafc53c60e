import { createMemo, createSignal, For, Show } from 'solid-js';
import { findRepeatedPassages, highlightSegments, toIsoDate, type VisitNote } from '../../domain/records';
import { t } from '../../ui/i18n/catalog';
import type { RecordsSnapshot } from './recordsData';
import { StoredNumberField } from './StoredNumberField';

const noteLabel = (n: VisitNote | undefined) =>
  n
    ? [n.title || t('records.note.untitled'), toIsoDate(n.date) ?? n.date, n.author]
        .filter(Boolean)
        .join(' · ')
    : '';

/** Copy-paste "note bloat": passages repeated across visit notes, highlighted where they sit. */
export function BloatView(props: { snapshot: RecordsSnapshot }) {
  const [minWords, setMinWords] = createSignal(30);
  const notes = () => props.snapshot.record.notes;
  const passages = createMemo(() => findRepeatedPassages(notes(), { minWords: minWords() }));
  const noteById = createMemo(() => new Map(notes().map((n) => [n.id, n])));
  const affected = createMemo(() => {
    const ids = new Set(passages().flatMap((p) => p.noteIds));
    return notes().filter((n) => ids.has(n.id));
  });
  const segmentsOf = (note: VisitNote) =>
    highlightSegments(
      note.text,
      passages().flatMap((p, passage) =>
        p.occurrences
          .filter((o) => o.noteId === note.id)
          .map((o) => ({ start: o.start, end: o.end, passage })),
      ),
    );
  const totalWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

  return (
    <>
      <section class="card" aria-labelledby="bloat-title">
        <h2 id="bloat-title">{t('records.bloat.heading')}</h2>
        <p>{t('records.bloat.intro')}</p>
        <StoredNumberField
          id="bloat-words"
          label={t('records.bloat.minWords')}
          setting="records.bloatMinWords"
          fallback={30}
          min={10}
          max={200}
          onValue={setMinWords}
        />
        <p data-testid="bloat-summary">
          {notes().length < 2
            ? t('records.bloat.needNotes')
            : t('records.bloat.summary', {
                passages: passages().length,
                notes: affected().length,
                total: notes().length,
              })}
        </p>
      </section>
      <Show when={passages().length > 0}>
        <section class="card" aria-labelledby="passages-title">
          <h2 id="passages-title">{t('records.bloat.passages')}</h2>
          <ol class="records-passages">
            <For each={passages()}>
              {(p, i) => (
                <li data-testid="bloat-passage" data-passage={i() % 4}>
                  <p>
                    <strong>
                      {t('records.bloat.passage', {
                        n: i() + 1,
                        words: p.wordCount,
                        notes: p.noteIds.length,
                      })}
                    </strong>
                  </p>
                  <blockquote>
                    <mark data-passage={i() % 4}>{p.text}</mark>
                  </blockquote>
                  <p class="muted">
                    {t('records.bloat.sharedBy')}{' '}
                    {p.noteIds.map((id) => noteLabel(noteById().get(id))).join('; ')}
                  </p>
                </li>
              )}
            </For>
          </ol>
        </section>
        <section class="card" aria-labelledby="bloat-notes-title">
          <h2 id="bloat-notes-title">{t('records.bloat.notes')}</h2>
          <For each={affected()}>
            {(note) => {
              const segments = () => segmentsOf(note);
              const copied = () =>
                segments()
                  .filter((s) => s.passage !== null)
                  .reduce((n, s) => n + totalWords(s.text), 0);
              return (
                <article class="records-bloat-note" data-testid="bloat-note">
                  <h3>{noteLabel(note)}</h3>
                  <p class="muted">
                    {t('records.bloat.copiedShare', {
                      copied: copied(),
                      total: totalWords(note.text),
                    })}
                  </p>
                  <p class="records-note-body">
                    <For each={segments()}>
                      {(s) =>
                        s.passage === null ? (
                          s.text
                        ) : (
                          <mark
                            data-passage={s.passage % 4}
                            title={t('records.bloat.markTitle', { n: s.passage + 1 })}
                          >
                            {s.text}
                          </mark>
                        )
                      }
                    </For>
                  </p>
                </article>
              );
            }}
          </For>
        </section>
      </Show>
    </>
  );
}
