import type { ViewportController } from './createViewport';

export interface KeyActions {
  readonly toggleHelp: () => void;
  readonly toggleTags: () => void;
  /** Makes a key image of the slice on screen (only where annotations are kept). */
  readonly keyImage?: () => void;
}

/** Keyboard shortcuts of a viewport (listed in the help overlay); true when the key was used. */
export function handleViewerKey(event: KeyboardEvent, c: ViewportController, actions: KeyActions): boolean {
  const target = event.target as HTMLElement | null;
  // Words typed into a note or a filter are words, never shortcuts.
  if (target?.tagName === 'TEXTAREA') return false;
  if (target?.tagName === 'INPUT' && ['text', 'search'].includes((target as HTMLInputElement).type))
    return false;
  if (target && ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName) && event.key !== '?') {
    if ((target as HTMLInputElement).type !== 'range' && (target as HTMLInputElement).type !== 'checkbox')
      return false;
    if (!['PageUp', 'PageDown', '?'].includes(event.key) && (target as HTMLInputElement).type === 'range')
      return false;
  }
  if (target?.tagName === 'BUTTON' && (event.key === ' ' || event.key === 'Enter')) return false;
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  const page = Math.max(1, Math.min(10, c.count() - 1));
  switch (event.key) {
    case 'ArrowDown':
    case 'ArrowRight':
      c.step(1);
      return true;
    case 'ArrowUp':
    case 'ArrowLeft':
      c.step(-1);
      return true;
    case 'PageDown':
      c.step(page);
      return true;
    case 'PageUp':
      c.step(-page);
      return true;
    case 'Home':
      c.setIndex(0);
      return true;
    case 'End':
      c.setIndex(c.count() - 1);
      return true;
    case '?':
      actions.toggleHelp();
      return true;
    case ' ':
      c.setPlaying(!c.playing());
      return true;
    case 'Enter':
      // On the image itself, Enter starts an arrow or a note where the keyboard can put one.
      if (!target?.classList.contains('viewport') || (c.tool() !== 'arrow' && c.tool() !== 'note'))
        return false;
      c.placeDraft(c.tool() === 'arrow' ? 'arrow' : 'text');
      return true;
    case 'Escape':
      if (!c.draft()) return false;
      c.setDraft(null);
      return true;
  }
  switch (event.key.toLowerCase()) {
    case 'f':
      c.fit();
      return true;
    case 'i':
      c.setInvert(!c.invert());
      return true;
    case 'o':
      c.setOverlays(!c.overlays());
      return true;
    case 'w':
      c.setTool('window');
      return true;
    case 's':
      c.setTool('scroll');
      return true;
    case 'm':
      c.setTool('measure');
      return true;
    case 'a':
      c.setTool('arrow');
      return true;
    case 'n':
      c.setTool('note');
      return true;
    case 'k':
      if (!actions.keyImage) return false;
      actions.keyImage();
      return true;
    case 't':
      actions.toggleTags();
      return true;
  }
  return false;
}
