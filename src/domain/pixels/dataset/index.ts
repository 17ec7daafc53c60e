export { readDisplayAttributes, type DisplayAttributes } from './displayAttributes';
export { readImageInfo } from './imageInfo';
export { parseDataset, type ParsedFile } from './parseDataset';
