import { createContext, useContext, type ParentProps } from 'solid-js';
import type { DecodeApi } from '../../protocol/decodeApi';
import type { WorkerClient } from '../../protocol/workerClient';
import { appendAudit } from '../../storage/auditRepository';
import { vaultViewerData, type ViewerData } from './viewerData';

/** A decode worker owned by one viewport (app/viewerWorkers.ts starts them). */
export interface DecoderHandle {
  readonly client: WorkerClient<DecodeApi>;
  terminate(): void;
}

export interface ViewerServices {
  readonly data: ViewerData;
  readonly startDecoder: () => DecoderHandle;
  /** Records that a study was opened in the audit trail. */
  readonly recordView: (
    studyId: string,
    details: Record<string, string | number | boolean>,
  ) => Promise<unknown>;
}

const ServicesContext = createContext<ViewerServices>();

/** Gives the viewer its decoder (workers are created only in app/) and, optionally, another data source. */
export function ViewerServicesProvider(
  props: ParentProps<{ startDecoder: () => DecoderHandle; data?: ViewerData }>,
) {
  const services: ViewerServices = {
    // Fixed for the app's lifetime; reading them once is intended.
    data: props.data ?? vaultViewerData,
    startDecoder: props.startDecoder,
    recordView: (studyId, details) => appendAudit('view', studyId, details),
  };
  return <ServicesContext.Provider value={services}>{props.children}</ServicesContext.Provider>;
}

export function useViewerServices(): ViewerServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('The viewer needs ViewerServicesProvider around it (see app/App.tsx).');
  return services;
}
