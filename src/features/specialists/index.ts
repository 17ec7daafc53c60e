export { SpecialistsPage } from './SpecialistsPage';
export { StudySharesPanel } from './StudySharesPanel';
export type { StudySharesPanelProps } from './StudySharesPanel';
export { listShares, listSpecialists } from './sharesData';
