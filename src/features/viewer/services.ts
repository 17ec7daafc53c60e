import { appendAudit } from '../../storage/auditRepository';
import { useAppServices, type DecoderHandle } from '../../services';
import { vaultViewerData, type ViewerData } from './viewerData';

export interface ViewerServices {
  readonly data: ViewerData;
  readonly startDecoder: () => DecoderHandle;
  /** Records that a study was opened in the audit trail. */
  readonly recordView: (
    studyId: string,
    details: Record<string, string | number | boolean>,
  ) => Promise<unknown>;
}

/** The viewer's data and its decoder (from the app's one ServicesProvider: workers are created only in app/). */
export function useViewerServices(): ViewerServices {
  const { startDecoder } = useAppServices();
  return {
    data: vaultViewerData,
    startDecoder,
    recordView: (studyId, details) => appendAudit('view', studyId, details),
  };
}
