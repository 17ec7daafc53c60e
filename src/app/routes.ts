import type { Component } from 'solid-js';
import { AuditPage } from '../features/audit';
import { ImportPage } from '../features/import';
import { LibraryPage } from '../features/library';
import { PackagesPage } from '../features/packages';
import { RecordsPage } from '../features/records';
import { SettingsPage } from '../features/settings';
import { SpecialistsPage } from '../features/specialists';
import { VerifyPage } from '../features/verify';
import { ViewerPage } from '../features/viewer';
import type { MessageKey } from '../ui/i18n/catalog';

export interface Place {
  readonly path: string;
  readonly label: MessageKey;
  readonly component: Component;
}

/** The main places of the app, in menu order. */
export const places: readonly Place[] = [
  { path: '/', label: 'nav.library', component: LibraryPage },
  { path: '/import', label: 'nav.import', component: ImportPage },
  { path: '/viewer', label: 'nav.viewer', component: ViewerPage },
  { path: '/packages', label: 'nav.packages', component: PackagesPage },
  { path: '/verify', label: 'nav.verify', component: VerifyPage },
  { path: '/records', label: 'nav.records', component: RecordsPage },
  { path: '/specialists', label: 'nav.specialists', component: SpecialistsPage },
  { path: '/audit', label: 'nav.audit', component: AuditPage },
  { path: '/settings', label: 'nav.settings', component: SettingsPage },
];

/** Places that work without an unlocked vault: verifying a received package needs no vault. */
const PUBLIC_PATHS = new Set(['/verify']);

export function isPublicPath(path: string): boolean {
  return PUBLIC_PATHS.has(path);
}
