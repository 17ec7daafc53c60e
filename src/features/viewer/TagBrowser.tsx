import { createMemo, createResource, createSignal, For, onMount, Show } from 'solid-js';
import type { TagNode } from '../../domain/viewing/tagTree';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../domain/text/errorMessage';
import { vt } from './messages';
import type { ViewerData, ViewerInstance } from './viewerData';

/** Every element of the current image's file, sequences unfolded, in a modal dialog. */
export function TagBrowser(props: { data: ViewerData; instance: ViewerInstance; onClose: () => void }) {
  let dialog!: HTMLDialogElement;
  onMount(() => dialog.showModal());
  const [filter, setFilter] = createSignal('');
  const [tree] = createResource(
    () => props.instance.address,
    async (address) => {
      try {
        // dcmjs is large: it loads only when someone opens the tag browser.
        const [{ readTagTree }, bytes] = await Promise.all([
          import('../../domain/viewing/tagTree'),
          props.data.readOriginal(address),
        ]);
        return readTagTree(bytes);
      } catch (error) {
        return { ok: false as const, reason: errorMessage(error) };
      }
    },
  );
  const matches = createMemo(() => {
    const f = filter().trim().toLowerCase();
    return (node: TagNode): boolean =>
      !f ||
      `${node.tag} ${node.name} ${node.vr} ${node.value}`.toLowerCase().includes(f) ||
      (node.items ?? []).some((item) => item.some((n) => matches()(n)));
  });

  return (
    <dialog
      ref={dialog}
      class="viewer-dialog tag-dialog"
      aria-labelledby="tag-title"
      onClose={() => props.onClose()}
    >
      <div class="dialog-head">
        <h2 id="tag-title">{vt('viewer.tags.title')}</h2>
        <button type="button" class="button small" onClick={() => dialog.close()}>
          {vt('viewer.help.close')}
        </button>
      </div>
      <label class="inline-field tag-filter">
        <span>{vt('viewer.tags.filter')}</span>
        <input type="search" value={filter()} onInput={(e) => setFilter(e.currentTarget.value)} />
      </label>
      <Show when={tree()} fallback={<p role="status">{vt('viewer.tags.loading')}</p>}>
        {(result) => (
          <Show
            when={result().ok ? result() : undefined}
            fallback={<Alert tone="error">{(result() as { reason: string }).reason}</Alert>}
          >
            {(ok) => {
              const t = ok() as Extract<ReturnType<typeof result>, { ok: true }>;
              return (
                <div class="tag-tree">
                  <h3>{vt('viewer.tags.meta')}</h3>
                  <TagList nodes={t.meta} matches={matches()} />
                  <h3>
                    {vt('viewer.tags.dataset')}{' '}
                    <span class="muted">{vt('viewer.tags.count', { count: t.dataset.length })}</span>
                  </h3>
                  <TagList nodes={t.dataset} matches={matches()} />
                </div>
              );
            }}
          </Show>
        )}
      </Show>
    </dialog>
  );
}

function TagList(props: { nodes: readonly TagNode[]; matches: (node: TagNode) => boolean }) {
  return (
    <ul class="tag-list">
      <For each={props.nodes.filter(props.matches)}>
        {(node) => (
          <li classList={{ private: node.isPrivate }}>
            <Show
              when={node.items}
              fallback={
                <div class="tag-row">
                  <code>{node.tag}</code>
                  <span class="tag-name">{node.name}</span>
                  <code class="tag-vr">{node.vr}</code>
                  <span class="tag-value">{node.value}</span>
                </div>
              }
            >
              {(items) => (
                <details open={items().length <= 3}>
                  <summary class="tag-row">
                    <code>{node.tag}</code>
                    <span class="tag-name">{node.name}</span>
                    <code class="tag-vr">SQ</code>
                    <span class="tag-value">{node.value}</span>
                  </summary>
                  <For each={items()}>
                    {(item, i) => (
                      <div class="tag-item">
                        <p class="tag-item-title">{vt('viewer.tags.item', { n: i() + 1 })}</p>
                        <TagList nodes={item} matches={() => true} />
                      </div>
                    )}
                  </For>
                </details>
              )}
            </Show>
          </li>
        )}
      </For>
    </ul>
  );
}
