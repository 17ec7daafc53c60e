import { en, type MessageKey } from './en/index';

export type { MessageKey };
export type Catalog = Record<MessageKey, string>;

/** Languages the UI can show. A new language adds its catalog here; missing keys fall back to English. */
const catalogs: Record<string, Partial<Catalog>> = { en };

let active: Partial<Catalog> = en;
let activeLanguage = 'en';

export function setLanguage(language: string): void {
  active = catalogs[language] ?? en;
  activeLanguage = catalogs[language] ? language : 'en';
}

/** The language the UI shows, as a BCP 47 tag: dates and numbers are written its way (Intl). */
export function currentLanguage(): string {
  return activeLanguage;
}

/** The message for `key`, with each {name} replaced by `params[name]`. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = active[key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A catalog entry holding a list, written with | between items. */
export function tList(key: MessageKey): string[] {
  return t(key).split('|');
}
