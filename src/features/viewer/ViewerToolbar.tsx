import { For, Show } from 'solid-js';
import { CT_PRESETS } from '../../domain/pixels';
import type { DragTool, PresetKey, ViewportController } from './createViewport';
import { vt } from './messages';

const TOOLS: readonly { key: DragTool; label: () => string }[] = [
  { key: 'window', label: () => vt('viewer.tool.window') },
  { key: 'scroll', label: () => vt('viewer.tool.scroll') },
  { key: 'measure', label: () => vt('viewer.tool.measure') },
  { key: 'arrow', label: () => vt('viewer.tool.arrow') },
  { key: 'note', label: () => vt('viewer.tool.note') },
];

const SHORTCUTS: Record<DragTool, string> = { window: 'w', scroll: 's', measure: 'm', arrow: 'a', note: 'n' };

const CT_KEYS = Object.keys(CT_PRESETS) as (keyof typeof CT_PRESETS)[];

/** Tools, contrast presets, cine and panels of one viewport. `compact` leaves out the rarely used. */
export function ViewerToolbar(props: {
  controller: ViewportController;
  onHelp?: () => void;
  onTags?: () => void;
  /** Saves the distance on screen with the study (where annotations are kept). */
  onSaveMeasurement?: (() => void) | undefined;
  onKeyImage?: (() => void) | undefined;
  keyImageBusy?: boolean;
  compact?: boolean;
}) {
  const c = props.controller;
  const isCt = () => c.slice()?.instance.header.modality === 'CT' || c.frame()?.display.modality === 'CT';
  return (
    <div class="viewer-toolbar" role="toolbar" aria-label={vt('viewer.tool')}>
      <div class="segmented" role="group" aria-label={vt('viewer.tool')}>
        <For each={TOOLS}>
          {(tool) => (
            <button
              type="button"
              class="button small"
              aria-pressed={c.tool() === tool.key}
              aria-keyshortcuts={SHORTCUTS[tool.key]}
              onClick={() => c.setTool(tool.key)}
            >
              {tool.label()}
            </button>
          )}
        </For>
      </div>
      <Show when={c.monochrome()}>
        <label class="inline-field">
          <span>{vt('viewer.preset')}</span>
          <select value={c.preset()} onChange={(e) => c.choosePreset(e.currentTarget.value as PresetKey)}>
            <option value="file">{vt('viewer.preset.file')}</option>
            <option value="auto">{vt('viewer.preset.auto')}</option>
            <Show when={isCt()}>
              <For each={CT_KEYS}>{(key) => <option value={key}>{vt(`viewer.preset.${key}`)}</option>}</For>
            </Show>
            <Show when={c.preset() === 'custom'}>
              <option value="custom">{vt('viewer.preset.custom')}</option>
            </Show>
          </select>
        </label>
        <button
          type="button"
          class="button small"
          aria-pressed={c.invert()}
          onClick={() => c.setInvert(!c.invert())}
        >
          {vt('viewer.invert')}
        </button>
      </Show>
      <button type="button" class="button small" onClick={() => c.fit()}>
        {vt('viewer.fit')}
      </button>
      <Show when={!props.compact}>
        <button
          type="button"
          class="button small"
          aria-pressed={c.overlays()}
          onClick={() => c.setOverlays(!c.overlays())}
        >
          {vt('viewer.overlays')}
        </button>
      </Show>
      <Show when={c.count() > 1}>
        <button type="button" class="button small" onClick={() => c.setPlaying(!c.playing())}>
          {c.playing() ? vt('viewer.pause') : vt('viewer.play')}
        </button>
        <label class="inline-field">
          <span aria-hidden="true">{vt('viewer.fpsShort')}</span>
          <input
            aria-label={vt('viewer.fps')}
            type="number"
            min="1"
            max="60"
            value={c.fps()}
            onChange={(e) => c.setFps(Math.max(1, Math.min(60, Number(e.currentTarget.value) || 10)))}
          />
        </label>
      </Show>
      {/* Shown from the moment the measure tool is chosen, not when a drag starts measuring: buttons
          appearing mid-drag could wrap the toolbar and move the image under the pointer. */}
      <Show when={c.tool() === 'measure' || c.measurement()}>
        <Show when={props.onSaveMeasurement}>
          <button
            type="button"
            class="button small primary"
            disabled={c.measurement()?.slice !== c.index()}
            onClick={() => props.onSaveMeasurement?.()}
          >
            {vt('viewer.annotations.saveMeasure')}
          </button>
        </Show>
        <button
          type="button"
          class="button small"
          disabled={!c.measurement()}
          onClick={() => c.setMeasurement(null)}
        >
          {vt('viewer.clearMeasure')}
        </button>
      </Show>
      {/* In the compact (compare) toolbar the key image is on K only, to keep both images high up. */}
      <Show when={props.onKeyImage && !props.compact}>
        <button
          type="button"
          class="button small"
          aria-keyshortcuts="k"
          disabled={props.keyImageBusy === true || !c.frame()}
          onClick={() => props.onKeyImage?.()}
        >
          {vt('viewer.key.make')}
        </button>
      </Show>
      <Show when={props.onTags}>
        <button type="button" class="button small" onClick={() => props.onTags?.()}>
          {vt('viewer.tags')}
        </button>
      </Show>
      <Show when={props.onHelp}>
        <button type="button" class="button small" aria-keyshortcuts="?" onClick={() => props.onHelp?.()}>
          {vt('viewer.help')}
        </button>
      </Show>
    </div>
  );
}

/** The slice slider under a viewport. */
export function SliceSlider(props: { controller: ViewportController; label?: string }) {
  const c = props.controller;
  return (
    <Show when={c.count() > 1}>
      <input
        class="slice-slider"
        type="range"
        min="1"
        max={c.count()}
        value={c.index() + 1}
        aria-label={props.label ?? vt('viewer.slice')}
        aria-valuetext={vt('viewer.sliceOf', { n: c.index() + 1, total: c.count() })}
        onInput={(e) => c.setIndex(Number(e.currentTarget.value) - 1)}
      />
    </Show>
  );
}
