import type { ParentProps } from 'solid-js';

export interface AlertProps {
  readonly tone: 'error' | 'warning' | 'success' | 'info';
}

/** A message block; errors and warnings are announced at once, others politely. */
export function Alert(props: ParentProps<AlertProps>) {
  return (
    <div
      class={`alert alert-${props.tone}`}
      role={props.tone === 'error' || props.tone === 'warning' ? 'alert' : 'status'}
    >
      {props.children}
    </div>
  );
}
