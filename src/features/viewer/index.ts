import type { Component } from 'solid-js';
import { ComparePage } from './ComparePage';

export { ViewerPage } from './ViewerPage';
export { ComparePage } from './ComparePage';
export { useViewerServices, type ViewerServices } from './services';
export type { DecoderHandle } from '../../services';
export {
  vaultViewerData,
  type ViewerData,
  type ViewerInstance,
  type ViewerSeries,
  type ViewerStudy,
} from './viewerData';

/** Viewer routes beyond the /viewer place itself (which app/routes.ts already mounts). */
export const viewerRoutes: readonly { readonly path: string; readonly component: Component }[] = [
  { path: '/viewer/compare', component: ComparePage },
];
