import { createComponent, createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import { describe, expect, it } from 'vitest';
import { PageErrorBoundary } from '../../../src/app/PageErrorBoundary';

describe('PageErrorBoundary', () => {
  it('shows an error no loader caught, with its reason, and starts afresh on another page', () => {
    const root = document.createElement('div');
    document.body.append(root);
    const [path, setPath] = createSignal('/');
    let broken = true;
    const dispose = render(
      () =>
        createComponent(PageErrorBoundary, {
          resetKey: path,
          get children() {
            if (broken) throw new Error('The library could not be opened.');
            return 'the page';
          },
        }),
      root,
    );
    expect(root.querySelector('[data-testid="page-error"]')?.textContent).toContain(
      'The library could not be opened.',
    );
    broken = false;
    setPath('/settings');
    expect(root.textContent).toBe('the page');
    dispose();
  });
});
