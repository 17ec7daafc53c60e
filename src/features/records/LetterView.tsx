import { For, Show } from 'solid-js';
import { correctionLetterContent, type CorrectionLetterInput } from '../../domain/records';
import { t } from '../../ui/i18n/catalog';

/**
 * The correction letter shown in the page, from the same structured content as the downloaded HTML and
 * text. It is rendered here rather than in a frame of that HTML because the app's Content Security Policy
 * (rightly) refuses the downloaded file's inline style; printing prints only this element (records.css).
 */
export function LetterView(props: { input: CorrectionLetterInput; id: string }) {
  const c = () => correctionLetterContent(props.input);
  return (
    <article class="records-letter" id={props.id} aria-label={t('records.corrections.previewTitle')}>
      <p class="records-letter-addr">{c().sender.join('\n')}</p>
      <p class="records-letter-addr">{c().recipient.join('\n')}</p>
      <p>{c().date}</p>
      <h3 class="records-letter-subject">{c().subject}</h3>
      <For each={c().opening}>{(p) => <p>{p}</p>}</For>
      <ol>
        <For each={c().items}>
          {(item) => (
            <li>
              <strong>{item.section}</strong>
              <dl>
                <dt>{t('records.letter.says')}</dt>
                <dd>{item.recorded}</dd>
                <dt>{t('records.letter.should')}</dt>
                <dd>{item.requested || t('records.letter.toComplete')}</dd>
                <Show when={item.reason}>
                  <dt>{t('records.letter.why')}</dt>
                  <dd>{item.reason}</dd>
                </Show>
              </dl>
            </li>
          )}
        </For>
      </ol>
      <For each={c().closing}>{(p) => <p>{p}</p>}</For>
      <p class="records-letter-addr records-letter-signature">
        {c()
          .signature.filter((s) => s !== '')
          .join('\n')}
      </p>
    </article>
  );
}

/** Prints only the given letter: the rest of the page is hidden while the print dialog is open. */
export function printLetter(id: string): void {
  const root = document.documentElement;
  const letter = document.getElementById(id);
  if (!letter) return;
  letter.setAttribute('data-printing', '');
  root.classList.add('records-printing-letter');
  const done = () => {
    root.classList.remove('records-printing-letter');
    letter.removeAttribute('data-printing');
  };
  window.addEventListener('afterprint', done, { once: true });
  window.print();
  // Browsers without afterprint return from print() when the dialog closes.
  setTimeout(done, 1000);
}
