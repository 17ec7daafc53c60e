import { annotationLabel, type Annotation, type AnnotationKind } from '../../domain/viewing';
import { vt } from './messages';

/** The words shown beside an annotation: its text, or a distance with what it is measured in. */
export function annotationText(a: Annotation): string {
  const { key, value } = annotationLabel(a);
  switch (key) {
    case 'mm':
      return vt('viewer.measure.mm', { mm: value });
    case 'detector':
      return vt('viewer.measure.detector', { mm: value });
    case 'pixels':
      return vt('viewer.measure.pixels', { pixels: value });
    case 'text':
      return value;
    case 'none':
      return '';
  }
}

export function kindName(kind: AnnotationKind): string {
  return vt(`viewer.annotations.kind.${kind}`);
}
