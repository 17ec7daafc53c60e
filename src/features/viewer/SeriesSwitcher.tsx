import { For } from 'solid-js';
import { vt } from './messages';
import type { ViewerSeries } from './viewerData';

export function seriesLabel(s: ViewerSeries): string {
  return vt('viewer.seriesLabel', {
    number: s.number !== undefined ? `#${s.number}` : '',
    description: s.description ?? vt('viewer.seriesUnnamed'),
    modality: s.modality ?? '?',
    count: s.imageCount ?? '?',
  }).trim();
}

/** Picks the series shown; a select works the same with a mouse, a keyboard and a phone. */
export function SeriesSwitcher(props: {
  series: readonly ViewerSeries[];
  current: string | undefined;
  onSelect: (id: string) => void;
  label?: string;
}) {
  return (
    <label class="inline-field series-switcher">
      <span>{props.label ?? vt('viewer.series')}</span>
      <select value={props.current ?? ''} onChange={(e) => props.onSelect(e.currentTarget.value)}>
        <For each={props.series}>{(s) => <option value={s.id}>{seriesLabel(s)}</option>}</For>
      </select>
    </label>
  );
}
