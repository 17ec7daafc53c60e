export { lutValue, type Lut } from './lut';
export { applyModalityLut, IDENTITY_MODALITY, modalityValue, type ModalityTransform } from './modalityLut';
export { autoWindow, CT_PRESETS, voiLutValue, windowValue, type VoiFunction, type WindowLevel } from './voi';
export { applyPalette, expandSegmentedLut, type PaletteLuts } from './palette';
export { ybrFullToRgb } from './ybr';
export { defaultWindow, pixelRange, renderRgba, type RenderOptions } from './renderRgba';
