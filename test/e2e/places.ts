/** The main places, as the menu names them, with their addresses and page titles. */
export const PLACES = [
  { label: 'Library', path: '/', title: 'Library' },
  { label: 'Import', path: '/import', title: 'Import' },
  { label: 'Viewer', path: '/viewer', title: 'Viewer' },
  { label: 'Packages', path: '/packages', title: 'Packages' },
  { label: 'Verify', path: '/verify', title: 'Verify' },
  { label: 'Records', path: '/records', title: 'Care records' },
  { label: 'Specialists', path: '/specialists', title: 'Specialists' },
  { label: 'Audit trail', path: '/audit', title: 'Audit trail' },
  { label: 'Settings', path: '/settings', title: 'Settings' },
] as const;
