/**
 * Wraps a progress callback so the screen is updated at most every `ms` milliseconds, always with the
 * latest value: a job reporting per file (a thousand times a second on a fast disc) otherwise spends
 * its page's time re-rendering a bar nobody can read that fast. `cancel` drops a pending update, for
 * when the job has ended and its result replaces the progress view.
 */
export function throttleLatest<T>(
  fn: (value: T) => void,
  ms = 100,
): ((value: T) => void) & { cancel(): void } {
  let last = -Infinity;
  let pending: { value: T } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    if (!pending) return;
    last = performance.now();
    const { value } = pending;
    pending = undefined;
    fn(value);
  };
  const wrapped = (value: T) => {
    pending = { value };
    if (timer !== undefined) return;
    const wait = last + ms - performance.now();
    if (wait <= 0) flush();
    else timer = setTimeout(flush, wait);
  };
  wrapped.cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    pending = undefined;
  };
  return wrapped;
}
