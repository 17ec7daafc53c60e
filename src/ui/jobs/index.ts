export {
  createJob,
  resultOf,
  type Job,
  type JobControl,
  type JobEnd,
  type JobOptions,
  type JobState,
} from './createJob';
export { countingControl, type Count, type CountingControl } from './countingControl';
export { holdAwake, heldAwake, whenAwakeReleased } from './keepAwake';
