import { For, Show } from 'solid-js';
import { annotationToScreen, arrowHead, type Annotation, type Placement } from '../../domain/viewing';
import { annotationText } from './annotationText';
import type { AnnotationDraft } from './createViewport';

const HEAD = 12;
const NOTE_RADIUS = 6;

type Point = { x: number; y: number };

function Shape(props: { kind: Annotation['kind']; points: Point[]; draft?: boolean }) {
  const barbs = () => {
    const [tail, head] = props.points;
    return tail && head ? arrowHead(tail, head, HEAD) : [];
  };
  return (
    <g class={`annotation-shape annotation-${props.kind}`} classList={{ draft: props.draft === true }}>
      <Show when={props.kind !== 'text' && props.points.length === 2}>
        <line
          x1={props.points[0]!.x}
          y1={props.points[0]!.y}
          x2={props.points[1]!.x}
          y2={props.points[1]!.y}
        />
      </Show>
      <Show when={props.kind === 'arrow' && barbs().length === 2}>
        <polyline
          points={[barbs()[0]!, props.points[1]!, barbs()[1]!].map((p) => `${p.x},${p.y}`).join(' ')}
        />
      </Show>
      <Show when={props.kind === 'distance'}>
        <For each={props.points}>{(p) => <circle cx={p.x} cy={p.y} r="3" />}</For>
      </Show>
      <Show when={props.kind === 'text' && props.points[0]}>
        {(p) => <circle cx={p().x} cy={p().y} r={NOTE_RADIUS} />}
      </Show>
    </g>
  );
}

/** Where a label sits: by an arrow's tail (the arrow points away from its words), else by the last point. */
function labelAt(kind: Annotation['kind'], points: Point[]): Point {
  const anchor = (kind === 'arrow' ? points[0] : points[points.length - 1]) ?? { x: 0, y: 0 };
  return { x: anchor.x + 8, y: anchor.y + 8 };
}

/** Saved annotations of the image on screen, and the one being placed, following zoom and pan. */
export function AnnotationLayer(props: {
  annotations: readonly Annotation[];
  draft: AnnotationDraft | null;
  at: Placement;
  /** Width of the viewport: a label near its right edge is put left of its point instead. */
  width: number;
}) {
  const draftPoints = () => (props.draft ? annotationToScreen(props.draft, props.at) : []);
  return (
    <>
      <svg class="annotation-layer" aria-hidden="true">
        <For each={props.annotations}>
          {(a) => <Shape kind={a.kind} points={annotationToScreen(a, props.at)} />}
        </For>
        <Show when={props.draft}>{(d) => <Shape kind={d().kind} points={draftPoints()} draft />}</Show>
      </svg>
      <For each={props.annotations}>
        {(a) => {
          const text = () => annotationText(a);
          const at = () => labelAt(a.kind, annotationToScreen(a, props.at));
          return (
            <Show when={text()}>
              <p
                class={`annotation-label annotation-label-${a.kind}`}
                classList={{ flip: at().x > props.width * 0.6 }}
                data-testid="annotation-label"
                data-annotation-id={a.id}
                data-kind={a.kind}
                style={{ left: `${at().x}px`, top: `${at().y}px` }}
              >
                {text()}
              </p>
            </Show>
          );
        }}
      </For>
    </>
  );
}
