import { importing } from './importing';
import { jobs } from './jobs';
import { packages } from './packages';
import { protection } from './protection';
import { records } from './records';
import { shell } from './shell';
import { stewardship } from './stewardship';
import { vault } from './vault';
import { verify } from './verify';
import { viewer } from './viewer';

/**
 * The English catalog: every string the UI shows, kept in one catalog made of one file per area.
 * A translation is another catalog of the same keys (see ../catalog.ts).
 */
export const en = {
  ...shell,
  ...vault,
  ...verify,
  ...importing,
  ...jobs,
  ...packages,
  ...records,
  ...stewardship,
  ...viewer,
  ...protection,
} as const;

export type MessageKey = keyof typeof en;
