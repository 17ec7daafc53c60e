import { For } from 'solid-js';

/** Named failures: what, and why, one per line. */
export function ProblemList(props: { items: readonly { what: string; reason: string }[]; testId?: string }) {
  return (
    <ul class="problem-list" data-testid={props.testId}>
      <For each={props.items}>
        {(item) => (
          <li>
            <span class="paths">{item.what}</span>
            <span class="reason">{item.reason}</span>
          </li>
        )}
      </For>
    </ul>
  );
}
