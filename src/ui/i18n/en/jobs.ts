/** English messages shared by every long job's progress: import, export, verify, backup and the rest. */
export const jobs = {
  'job.files': '{done} of {total} files',
  'job.records': '{done} of {total} records',
  'job.bytes': '{done} of {total}',
  'job.rate': '{rate} MB/s',
  'job.left': 'about {time} left',
  'job.cancel': 'Cancel',
} as const;
