import { createSignal, For, onMount, Show } from 'solid-js';
import { checkSecurityHeaders, type HeaderProblem } from '../domain/hosting/securityHeaders';
import { Alert } from '../ui/Alert';
import { t } from '../ui/i18n/catalog';
import { readServedHeaders } from './servedHeaders';

/**
 * The start-up self-check of the host: index.html carries the policy as a meta tag, but frame-ancestors and
 * the policy of worker scripts exist only as response headers, which a static host has to be told to send.
 * A host that does not gets a visible warning instead of a silently weaker app.
 */
export function HostingWarning() {
  const [problems, setProblems] = createSignal<HeaderProblem[]>([]);

  onMount(() => {
    // The dev server sends no headers on purpose (hot reload needs inline scripts); only builds are checked.
    if (!import.meta.env.PROD) return;
    void readServedHeaders().then((served) => {
      if (served) setProblems(checkSecurityHeaders(served));
    });
  });

  return (
    <Show when={problems().length > 0}>
      <div class="hosting-warning">
        <Alert tone="warning">
          <strong>{t('hosting.warning.title')}</strong>
          <p>{t('hosting.warning.body')}</p>
          <ul>
            <For each={problems()}>{(problem) => <li>{describe(problem)}</li>}</For>
          </ul>
          <button type="button" class="button" onClick={() => setProblems([])}>
            {t('hosting.warning.dismiss')}
          </button>
        </Alert>
      </div>
    </Show>
  );
}

function describe(problem: HeaderProblem): string {
  switch (problem.kind) {
    case 'no-policy':
      return t('hosting.problem.noPolicy', { path: problem.path });
    case 'directive-missing':
      return t('hosting.problem.directiveMissing', { path: problem.path, directive: problem.directive });
    case 'directive-wider':
      return t('hosting.problem.directiveWider', {
        path: problem.path,
        directive: problem.directive,
        extra: problem.extra.join(' '),
      });
  }
}
