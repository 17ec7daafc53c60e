import { createComponent } from 'solid-js';
import { render } from 'solid-js/web';
import { describe, expect, it } from 'vitest';
import { VerifyPage } from '../../../../src/features/verify';
import type { HashCallOptions, VerifyPool } from '../../../../src/protocol/verifyPool';
import { ServicesProvider } from '../../../../src/services';
import { testServices } from '../../support/testServices';

/** A verify pool that hashes nothing: it reports some progress and waits until the call is cancelled. */
function waitingPool(calls: HashCallOptions[]): VerifyPool {
  return {
    size: 1,
    hash: (_request, options = {}) => {
      calls.push(options);
      options.onProgress?.(10);
      return new Promise((_, reject) =>
        options.signal?.addEventListener('abort', () =>
          reject(Object.assign(new Error('The operation was cancelled.'), { name: 'AbortError' })),
        ),
      );
    },
  };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
}

describe('VerifyPage with services from a test provider', () => {
  it('hashes on the pool it was given, shows the run, and a cancel says nothing was changed', async () => {
    const calls: HashCallOptions[] = [];
    const root = document.createElement('div');
    document.body.append(root);
    const dispose = render(
      () =>
        createComponent(ServicesProvider, {
          services: testServices({ verifyPool: () => waitingPool(calls) }),
          get children() {
            return createComponent(VerifyPage, {});
          },
        }),
      root,
    );
    try {
      const fileInput = root.querySelector<HTMLInputElement>('[data-testid="single-file-input"]');
      const form = fileInput?.closest('form');
      const hashInput = form?.querySelector<HTMLInputElement>('input:not([type="file"])');
      if (!fileInput || !form || !hashInput) throw new Error('the fingerprint form is missing');
      const files = new DataTransfer();
      files.items.add(new File([new Uint8Array(100)], 'scan.dcm'));
      fileInput.files = files.files;
      fileInput.dispatchEvent(new Event('change', { bubbles: true }));
      hashInput.value = 'a'.repeat(64);
      hashInput.dispatchEvent(new Event('input', { bubbles: true }));
      form.requestSubmit();

      await until(() => root.textContent?.includes('Verifying scan.dcm') ?? false);
      expect(calls).toHaveLength(1);
      const cancel = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Cancel');
      if (!cancel) throw new Error('no Cancel button while verifying');
      cancel.click();
      await until(() => root.textContent?.includes('Verification cancelled. Nothing was changed.') ?? false);
      expect(calls[0]?.signal?.aborted).toBe(true);
      expect(root.textContent).not.toContain('Verifying scan.dcm');
    } finally {
      dispose();
      root.remove();
    }
  });
});
