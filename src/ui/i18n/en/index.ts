import { shell } from './shell';
import { vault } from './vault';

/**
 * The English catalog: every string the UI shows, kept in one catalog made of one file per area.
 * A translation is another catalog of the same keys (see ../catalog.ts).
 */
export const en = { ...shell, ...vault } as const;

export type MessageKey = keyof typeof en;
