/** Keeping a vault alive in a browser: what protects it, when to back up, and noticing it was cleared. */
export * from './presenceMarker';
export * from './protection';
