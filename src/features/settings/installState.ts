/**
 * Whether the app runs installed: the standard display-mode query, and iOS's own flag for a Home Screen
 * app (iOS Safari reports standalone there, but `navigator.standalone` is what older iOS versions give).
 * A fact the browser reports, never a guess from its name.
 */
export function runsInstalled(): boolean {
  const standalone = globalThis.matchMedia?.('(display-mode: standalone)').matches ?? false;
  const iosHomeScreen = (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return standalone || iosHomeScreen;
}
