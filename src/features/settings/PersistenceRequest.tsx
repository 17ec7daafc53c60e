import { createSignal, Match, Switch } from 'solid-js';
import { Alert } from '../../ui/Alert';
import { t } from '../../ui/i18n/catalog';

type Answer = 'idle' | 'asking' | 'granted' | 'refused' | 'unsupported';

/**
 * Asks the browser for persistent storage and shows its answer. Firefox asks the person with a prompt that
 * may stay open a long time, so the wait is shown as such ("waiting for your browser's answer"), never as
 * a dead button.
 */
export function PersistenceRequest(props: { onAnswered?: (granted: boolean) => void }) {
  const [answer, setAnswer] = createSignal<Answer>('idle');

  const ask = async () => {
    const storage = navigator.storage as StorageManager | undefined;
    if (typeof storage?.persist !== 'function') {
      setAnswer('unsupported');
      return;
    }
    setAnswer('asking');
    const granted = await storage.persist().catch(() => false);
    setAnswer(granted ? 'granted' : 'refused');
    props.onAnswered?.(granted);
  };

  return (
    <div class="persistence-request" data-testid="persistence-request">
      <Switch>
        <Match when={answer() === 'idle'}>
          <button type="button" class="button" onClick={() => void ask()}>
            {t('protection.ask')}
          </button>
        </Match>
        <Match when={answer() === 'asking'}>
          <p class="muted" role="status" aria-live="polite">
            {t('protection.asking')}
          </p>
        </Match>
        <Match when={answer() === 'granted'}>
          <Alert tone="success">{t('protection.granted')}</Alert>
        </Match>
        <Match when={answer() === 'refused'}>
          <Alert tone="warning">{t('protection.refused')}</Alert>
        </Match>
        <Match when={answer() === 'unsupported'}>
          <Alert tone="info">{t('protection.unsupported')}</Alert>
        </Match>
      </Switch>
    </div>
  );
}
