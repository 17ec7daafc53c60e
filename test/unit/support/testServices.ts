import type { AppServices } from '../../../src/services';

/**
 * Services for a test that builds a feature: each worker the test does not hand in fails loudly when
 * asked for, so a test never starts a real worker by accident.
 */
export function testServices(given: Partial<AppServices> = {}): AppServices {
  const missing = (name: string) => () => {
    throw new Error(`This test gave no ${name}: pass one to testServices().`);
  };
  return {
    deriveKey: missing('deriveKey'),
    importWorkers: missing('importWorkers'),
    packageWorker: missing('packageWorker'),
    verifyPool: missing('verifyPool'),
    startDecoder: missing('startDecoder'),
    fhirWorker: missing('fhirWorker'),
    ...given,
  };
}
