import { createSignal, Show } from 'solid-js';
import { MANIFEST_FILE } from '../../domain/backup';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../domain/text/errorMessage';
import { FileSourcePicker, type PickedFile } from '../../ui/files';
import { t } from '../../ui/i18n/catalog';
import { countingControl, createJob, resultOf, type Count } from '../../ui/jobs';
import { conflictOf } from '../vault';
import { JobProgress } from './JobProgress';
import { folderFromFiles } from './readFolderBackup';
import { restoreBackup, type RestoreMode, type RestoreReport, type RestoreSource } from './restoreBackup';

/** Choose a backup file or folder and restore it; the caller shows the report. */
export function RestorePanel(props: {
  mode: RestoreMode;
  onDone: (report: RestoreReport) => void | Promise<void>;
  /** The restore found the profile changed by another tab (its message is shown here too). */
  onConflict?: () => void;
}) {
  const job = createJob<Count, RestoreReport>();
  const [error, setError] = createSignal<string | null>(null);

  const sourceOf = (files: PickedFile[]): RestoreSource | null => {
    const first = files[0];
    if (!first) return null;
    if (files.length === 1 && !first.path.endsWith(MANIFEST_FILE)) return { kind: 'file', file: first.file };
    return { kind: 'folder', folder: folderFromFiles(files) };
  };

  const start = async (files: PickedFile[]) => {
    const source = sourceOf(files);
    if (!source) return;
    setError(null);
    try {
      const report = resultOf(
        await job.start((control) => restoreBackup(source, props.mode, countingControl(control))),
      );
      await props.onDone(report);
    } catch (e) {
      setError(errorMessage(e));
      if (conflictOf(e)) props.onConflict?.();
    }
  };

  return (
    <div class="restore-panel">
      <Show
        when={!job.running()}
        fallback={<JobProgress job={job} label={t('stewardship.restore.progress')} unit="percent" />}
      >
        <FileSourcePicker
          onFiles={(files) => void start(files)}
          onError={(e) => setError(errorMessage(e))}
          accept=".ivbackup,application/octet-stream"
          labels={{
            zone: t('stewardship.restore.zone'),
            chooseFolder: t('stewardship.restore.chooseFolder'),
            chooseFiles: t('stewardship.restore.chooseFile'),
            dropHint: t('stewardship.restore.dropHint'),
            reading: t('stewardship.restore.reading'),
          }}
        />
      </Show>
      <Show when={error()}>
        <Alert tone="error">{error()}</Alert>
      </Show>
    </div>
  );
}
