let holds = 0;
let onRelease: (() => void) | null = null;

/**
 * While a long job runs (an import, an export, a backup) the person may not touch the page for minutes;
 * locking then would stop the job halfway. Jobs hold the vault awake and release it when done.
 */
export function holdAwake(): () => void {
  holds++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holds--;
    onRelease?.();
  };
}

/** Whether some job holds the vault awake now. */
export function heldAwake(): boolean {
  return holds > 0;
}

/** The auto-lock restarts its idle count when a hold is released; one listener, replaced by the next. */
export function whenAwakeReleased(listener: (() => void) | null): void {
  onRelease = listener;
}
