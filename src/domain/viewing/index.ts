/**
 * Pure viewing math: slice order, distances, synchronised scrolling, zoom/pan, window drags, and the
 * shape of saved annotations and key images.
 */
export {
  orderSlices,
  parallel,
  positionAlongNormal,
  sliceNormal,
  type OrderedSlices,
  type SliceGeometry,
  type Vector3,
} from './sliceOrder';
export { measureDistance, type Distance, type ImagePoint, type SpacingSource } from './distance';
export { matchSlice, planSync, type StackPlacement, type SyncPlan } from './syncSlices';
export {
  FIT,
  imageToScreen,
  MAX_ZOOM,
  MIN_ZOOM,
  placement,
  screenToImage,
  zoomAt,
  type Placement,
  type Size,
  type ViewState,
} from './viewTransform';
export { dragWindow, windowStep } from './windowDrag';
export {
  annotationDistance,
  annotationLabel,
  annotationsOfStudy,
  annotationsOnImage,
  annotationToScreen,
  arrowHead,
  MAX_ANNOTATION_TEXT,
  parseAnnotation,
  type Annotation,
  type AnnotationDistance,
  type AnnotationKind,
  type LabelKey,
} from './annotations';
export {
  bytesToBase64,
  captionLayout,
  KEY_IMAGE_CAPTION_LINES,
  KEY_IMAGE_STRIP_RGB,
  keyImageFileName,
  type CaptionLayout,
} from './keyImage';
// tagTree.ts is left out on purpose: it pulls in dcmjs (~1 MB), so the tag browser imports it lazily.
export {
  DESKTOP_SLICE_BUDGET,
  PHONE_SLICE_BUDGET,
  sliceBudgetFor,
  slicesToEvict,
  type DeviceFacts,
  type SliceBudget,
} from './sliceBudget';
