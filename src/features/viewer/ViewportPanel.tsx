import { createSignal, onCleanup, Show, type JSX } from 'solid-js';
import { createViewport, type ViewportController } from './createViewport';
import { HelpOverlay } from './HelpOverlay';
import { useViewerServices } from './services';
import type { Stack } from './stack';
import { TagBrowser } from './TagBrowser';
import { handleViewerKey } from './viewerKeys';
import { SliceSlider, ViewerToolbar } from './ViewerToolbar';
import { Viewport } from './Viewport';

/**
 * A viewport with its own decode worker, toolbar, slider, help and tag browser. Keys pressed anywhere in
 * the panel (outside text fields) drive it.
 */
export function ViewportPanel(props: {
  stack: Stack;
  label: string;
  compact?: boolean;
  header?: JSX.Element;
  onController?: (c: ViewportController) => void;
}) {
  const services = useViewerServices();
  const decoder = services.startDecoder();
  onCleanup(() => decoder.terminate());
  const controller = createViewport(
    () => props.stack,
    services.data,
    () => decoder.client,
  );
  props.onController?.(controller);
  const [help, setHelp] = createSignal(false);
  const [tags, setTags] = createSignal(false);
  const actions = { toggleHelp: () => setHelp(!help()), toggleTags: () => setTags(!tags()) };

  return (
    <div
      class="viewport-panel"
      onKeyDown={(event) => {
        if (help() || tags()) return;
        if (handleViewerKey(event, controller, actions)) event.preventDefault();
      }}
    >
      {props.header}
      <ViewerToolbar
        controller={controller}
        compact={props.compact ?? false}
        onHelp={actions.toggleHelp}
        onTags={actions.toggleTags}
      />
      <Viewport controller={controller} label={props.label} />
      <SliceSlider controller={controller} label={`${props.label}: slice`} />
      <Show when={help()}>
        <HelpOverlay onClose={() => setHelp(false)} />
      </Show>
      <Show when={tags() && controller.slice()}>
        {(slice) => (
          <TagBrowser data={services.data} instance={slice().instance} onClose={() => setTags(false)} />
        )}
      </Show>
    </div>
  );
}
