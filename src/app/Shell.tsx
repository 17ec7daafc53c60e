import { A, useLocation } from '@solidjs/router';
import { createEffect, createSignal, For, on, Show, type ParentProps } from 'solid-js';
import { RestorePendingScreen, RestoreScreen } from '../features/backup';
import { useVault, VaultGate, type RestoreScreens } from '../features/vault';
import { t } from '../ui/i18n/catalog';
import { PageErrorBoundary } from './PageErrorBoundary';
import { isPublicPath, places } from './routes';
import { HostingWarning } from './HostingWarning';
import { UpdatePrompt } from './UpdatePrompt';

/**
 * Puts focus on the title of the page that replaces the current one, once it is in the document. The new
 * page may render a frame or more later (lazy routes, data): focusing at once found the old title in
 * Firefox, which then left with its page and took the focus with it. Gives up after about a second.
 */
/** Composed here, not in either feature: backup's restore screens need the vault, and the gate shows them. */
const restoreScreens: RestoreScreens = { Pending: RestorePendingScreen, Fresh: RestoreScreen };

function focusNewPageTitle(): void {
  const previous = document.getElementById('page-title');
  let frames = 0;
  const attempt = () => {
    const title = document.getElementById('page-title');
    if (title && (title !== previous || frames >= 2)) title.focus({ preventScroll: true });
    else if (frames++ < 60) requestAnimationFrame(attempt);
  };
  // From the next frame, not a microtask: Firefox moves focus back to an activated link after the
  // keydown that followed it, undoing a focus given any sooner.
  requestAnimationFrame(attempt);
}

/** The frame around every page: skip link, header, the menu of places, and the update prompt. */
export function Shell(props: ParentProps) {
  const location = useLocation();
  const { session } = useVault();
  const unlocked = () => session.status() === 'unlocked';
  const [menuOpen, setMenuOpen] = createSignal(false);

  // After navigating, move focus to the new page's title so keyboard and screen-reader users land there.
  createEffect(
    on(
      () => location.pathname,
      () => {
        setMenuOpen(false);
        focusNewPageTitle();
      },
      { defer: true },
    ),
  );

  // After unlocking, the page replaces the unlock form: put focus on its title, not on nothing.
  createEffect(
    on(
      unlocked,
      (now) => {
        if (now) focusNewPageTitle();
      },
      { defer: true },
    ),
  );

  return (
    <div class="shell" classList={{ 'menu-open': menuOpen(), locked: !unlocked() }}>
      <a
        class="skip-link"
        href="#main"
        onClick={(event) => {
          // The router would treat #main as a route; move focus to the page instead.
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <header class="topbar">
        <A href="/" class="brand" end>
          <img src="/icons/icon.svg" alt="" width="28" height="28" />
          <span>{t('app.name')}</span>
        </A>
        <Show when={unlocked()}>
          <div class="topbar-actions">
            <button type="button" class="topbar-button" onClick={() => session.lock('manual')}>
              {t('vault.lock')}
            </button>
            <button
              type="button"
              class="topbar-button menu-button"
              aria-expanded={menuOpen()}
              aria-controls="main-nav"
              onClick={() => setMenuOpen(!menuOpen())}
            >
              {menuOpen() ? t('app.closeMenu') : t('app.menu')}
            </button>
          </div>
        </Show>
      </header>
      <Show when={unlocked()}>
        <nav id="main-nav" class="sidenav" aria-label={t('nav.label')}>
          <ul>
            <For each={places}>
              {(place) => (
                <li>
                  <A href={place.path} end={place.path === '/'} activeClass="active">
                    {t(place.label)}
                  </A>
                </li>
              )}
            </For>
          </ul>
          <p class="privacy-note">{t('app.privacy')}</p>
        </nav>
      </Show>
      <main id="main" class="content" tabIndex={-1}>
        <HostingWarning />
        <VaultGate public={isPublicPath(location.pathname)} restore={restoreScreens}>
          <PageErrorBoundary resetKey={() => location.pathname}>{props.children}</PageErrorBoundary>
        </VaultGate>
      </main>
      <UpdatePrompt />
    </div>
  );
}
