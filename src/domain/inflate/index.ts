export {
  BoundedInflater,
  ExpansionRefused,
  InflateDamaged,
  expansionProblem,
  FREE_EXPANSION,
  INFLATE_PIECE,
  MAX_RATIO,
  type ExpansionLimits,
} from './boundedInflate';
export { inflateDataSet, DATA_SET_CEILING } from './inflateDataSet';
