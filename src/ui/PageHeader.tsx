import { Show, type JSX } from 'solid-js';

export interface PageHeaderProps {
  readonly title: string;
  readonly summary?: string;
  readonly actions?: JSX.Element;
}

/** The title of a page. Its h1 takes focus on navigation (see app/Shell.tsx) so screen readers announce it. */
export function PageHeader(props: PageHeaderProps) {
  return (
    <header class="page-header">
      <div>
        <h1 id="page-title" tabIndex={-1}>
          {props.title}
        </h1>
        <Show when={props.summary}>
          <p class="page-summary">{props.summary}</p>
        </Show>
      </div>
      <Show when={props.actions}>
        <div class="page-actions">{props.actions}</div>
      </Show>
    </header>
  );
}
