import { t, tList } from '../../ui/i18n/catalog';
import type { ViewerMessageKey } from '../../ui/i18n/en/viewer';

/** The viewer's messages, from the one catalog (ui/i18n/en/viewer.ts), with their keys checked by type. */
export function vt(key: ViewerMessageKey, params: Record<string, string | number> = {}): string {
  return t(key, params);
}

export function vtList(key: ViewerMessageKey): string[] {
  return tList(key);
}
