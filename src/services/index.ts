export type { AppServices, DecoderHandle, WorkerPool } from './appServices';
export { ServicesProvider, useAppServices } from './ServicesProvider';
