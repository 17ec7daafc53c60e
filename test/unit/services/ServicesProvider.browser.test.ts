import { createComponent } from 'solid-js';
import { render } from 'solid-js/web';
import { describe, expect, it } from 'vitest';
import { ServicesProvider, useAppServices, type AppServices } from '../../../src/services';
import type { VerifyPool } from '../../../src/protocol/verifyPool';
import { testServices } from '../support/testServices';

/** Renders a component that reads the services, the way a feature's screen does. */
function servicesSeenInside(services: AppServices | null): AppServices {
  const root = document.createElement('div');
  document.body.append(root);
  let seen: AppServices | undefined;
  const Reader = () => {
    seen = useAppServices();
    return 'read';
  };
  const dispose = render(
    () =>
      services
        ? createComponent(ServicesProvider, {
            services,
            get children() {
              return createComponent(Reader, {});
            },
          })
        : createComponent(Reader, {}),
    root,
  );
  dispose();
  root.remove();
  if (!seen) throw new Error('the reader did not run');
  return seen;
}

describe('ServicesProvider', () => {
  it('hands a feature the services it was given (a test gives fakes, app/ the real workers)', () => {
    const pool: VerifyPool = { size: 1, hash: () => Promise.reject(new Error('not in this test')) };
    const seen = servicesSeenInside(testServices({ verifyPool: () => pool }));
    expect(seen.verifyPool()).toBe(pool);
    expect(() => seen.importWorkers()).toThrow('This test gave no importWorkers');
  });

  it('says where the provider belongs when a screen is built without one', () => {
    expect(() => servicesSeenInside(null)).toThrow('needs ServicesProvider around it');
  });
});
