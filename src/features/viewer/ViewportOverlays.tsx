import { Show } from 'solid-js';
import type { ViewportController } from './createViewport';
import { dateLabel } from '../../catalog';
import { vt } from './messages';

/** Patient, study, series, slice and window text in the corners, and the lossy label. */
export function ViewportOverlays(props: { controller: ViewportController }) {
  const c = props.controller;
  const header = () => c.slice()?.instance.header ?? {};
  const lossy = () => {
    const r = c.current();
    return (r?.ok && r.frame.lossy) || c.slice()?.instance.lossy === true;
  };
  const position = () => c.stack().positions?.[c.index()];
  return (
    <>
      <Show when={lossy()}>
        <p class="lossy-badge" title={vt('viewer.lossy.title')} data-testid="lossy-label">
          {vt('viewer.lossy')}
        </p>
      </Show>
      <Show when={c.overlays()}>
        <div class="overlay overlay-tl" data-testid="overlay-patient">
          <span>{header().patientName ?? ''}</span>
          <span>
            {[header().patientId, dateLabel(header().birthDate), header().sex].filter(Boolean).join(' · ')}
          </span>
        </div>
        <div class="overlay overlay-tr" data-testid="overlay-study">
          <span>
            {[dateLabel(header().studyDate), header().studyDescription].filter(Boolean).join(' · ')}
          </span>
          <span>
            {[header().modality, header().seriesNumber, header().seriesDescription]
              .filter((x) => x !== undefined && x !== '')
              .join(' · ')}
          </span>
        </div>
        <div class="overlay overlay-bl" data-testid="overlay-slice">
          <span>{vt('viewer.sliceOf', { n: c.index() + 1, total: c.count() })}</span>
          <Show when={position() !== undefined}>
            <span>{vt('viewer.position', { mm: position()!.toFixed(1) })}</span>
          </Show>
        </div>
        <div class="overlay overlay-br" data-testid="overlay-window">
          <Show when={c.effectiveWindow()}>
            {(w) => (
              <span>
                {vt('viewer.window', { width: Math.round(w().width), center: Math.round(w().center) })}
              </span>
            )}
          </Show>
          <span>{vt('viewer.zoom', { percent: Math.round(c.view().zoom * 100) })}</span>
        </div>
      </Show>
    </>
  );
}
