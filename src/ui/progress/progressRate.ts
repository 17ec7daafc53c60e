/** Decimal megabytes per second, as disks and `dd` report them. */
export function megabytesPerSecond(bytes: number, seconds: number): number {
  return seconds > 0 ? bytes / 1e6 / seconds : 0;
}

/** "45 s", "3 min 05 s", "1 h 02 min": short and unambiguous in any language's digits. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}

/** Seconds left at the average rate so far; undefined until there is enough to go on. */
export function secondsLeft(done: number, total: number, elapsed: number): number | undefined {
  if (done <= 0 || elapsed < 0.5) return undefined;
  return ((total - done) * elapsed) / done;
}
