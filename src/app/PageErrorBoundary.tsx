import { createEffect, ErrorBoundary, on, type Accessor, type ParentProps } from 'solid-js';
import { Alert } from '../ui/Alert';
import { errorMessage } from '../domain/text/errorMessage';
import { t } from '../ui/i18n/catalog';

/**
 * The last net under every page: an error no loader caught is shown with its reason and a way to try
 * again, instead of leaving the screen blank or spinning. A new `resetKey` (another page) starts afresh.
 */
export function PageErrorBoundary(props: ParentProps<{ resetKey: Accessor<string> }>) {
  let reset: (() => void) | null = null;
  createEffect(
    on(
      () => props.resetKey(),
      () => {
        reset?.();
        reset = null;
      },
      { defer: true },
    ),
  );
  return (
    <ErrorBoundary
      fallback={(error: unknown, retry) => {
        reset = retry;
        return (
          <div data-testid="page-error">
            <Alert tone="error">
              <p>{t('shell.pageError', { reason: errorMessage(error) })}</p>
              <button type="button" class="button" onClick={() => retry()}>
                {t('shell.pageErrorRetry')}
              </button>
            </Alert>
          </div>
        );
      }}
    >
      {props.children}
    </ErrorBoundary>
  );
}
