import { Show } from 'solid-js';
import type { Measurement } from './createViewport';
import { measureText } from './measureText';
import type { SliceRef } from './sliceLoader';

interface ScreenLine {
  readonly a: { x: number; y: number };
  readonly b: { x: number; y: number };
  readonly measurement: Measurement;
}

/** The distance line drawn over the image in screen coordinates, with its length. */
export function MeasureLayer(props: { line: ScreenLine; slice: SliceRef | undefined }) {
  const text = () => measureText(props.line.measurement.a, props.line.measurement.b, props.slice);
  return (
    <>
      <svg class="measure-layer" aria-hidden="true">
        <line x1={props.line.a.x} y1={props.line.a.y} x2={props.line.b.x} y2={props.line.b.y} />
        <circle cx={props.line.a.x} cy={props.line.a.y} r="4" />
        <circle cx={props.line.b.x} cy={props.line.b.y} r="4" />
      </svg>
      <p
        class="measure-label"
        data-testid="measure-label"
        data-mm={text().d.basis === 'none' ? '' : (text().d as { mm: number }).mm.toString()}
        style={{ left: `${props.line.b.x + 8}px`, top: `${props.line.b.y + 8}px` }}
      >
        {text().label}
        <Show when={text().note}>
          <span class="measure-note">{text().note}</span>
        </Show>
      </p>
    </>
  );
}
