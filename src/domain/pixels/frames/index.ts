export { encapsulatedFrame } from './encapsulatedFrames';
export { nativeFrame, type NativeFrame } from './nativeFrame';
export {
  allocatePixels,
  maskStoredValues,
  pixelArrayType,
  planarToInterleaved,
  type BitLayout,
} from './storedValues';
