import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { FhirApi, FhirWorkerProgress } from '../../../src/protocol/fhirApi';
import type { MessagePortLike } from '../../../src/protocol/messages';
import { createWorkerClient } from '../../../src/protocol/workerClient';
import { serveWorker } from '../../../src/protocol/workerServer';
import { fhirHandlers } from '../../../workers/fhirHandlers';
import { portalBundle } from '../domain/records/portalBundle';

/** The FHIR worker's handlers served on one end of a MessageChannel, its client on the other. */
function connect() {
  const channel = new MessageChannel();
  const stop = serveWorker<FhirApi>(channel.port1 as unknown as MessagePortLike, fhirHandlers);
  const client = createWorkerClient<FhirApi>(channel.port2 as unknown as MessagePortLike);
  return {
    client,
    close() {
      stop();
      client.dispose();
      channel.port1.close();
      channel.port2.close();
    },
  };
}

/** A bundle of `n` Conditions: large enough that mapping reports progress more than once. */
function bigBundle(n: number): string {
  return JSON.stringify({
    resourceType: 'Bundle',
    type: 'collection',
    entry: Array.from({ length: n }, (_, i) => ({
      fullUrl: `urn:uuid:c${i}`,
      resource: {
        resourceType: 'Condition',
        id: `c${i}`,
        code: { text: `Problem ${i}` },
        clinicalStatus: { coding: [{ code: 'active' }] },
      },
    })),
  });
}

let close: (() => void) | undefined;
afterEach(() => close?.());

describe('the FHIR worker over the protocol', () => {
  it('reads a file in the worker and returns what the domain import gives, with progress', async () => {
    const rpc = connect();
    close = rpc.close;
    const seen: FhirWorkerProgress[] = [];
    const file = new Blob([bigBundle(600)], { type: 'application/fhir+json' });
    const result = await rpc.client.call(
      'importBundle',
      { source: { kind: 'file', file }, fileName: 'portal.json' },
      { onProgress: (p) => seen.push(p) },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.imported).toEqual({ Condition: 600 });
    expect(result.record.problems[599]).toMatchObject({ id: 'fhir:Condition/c599' });
    expect(seen[0]).toEqual({ phase: 'reading' });
    expect(seen[1]).toEqual({ phase: 'parsing' });
    const mapping = seen.filter((p) => p.phase === 'mapping');
    expect(mapping.map((p) => p.done)).toEqual([0, 250, 500, 600]);
    expect(mapping.every((p) => p.total === 600)).toBe(true);
  });

  it('answers pasted text and explains what is not a bundle, as the page did', async () => {
    const rpc = connect();
    close = rpc.close;
    const good = await rpc.client.call('importBundle', {
      source: { kind: 'text', text: portalBundle() },
      fileName: 'Pasted JSON',
    });
    expect(good.ok && good.patient).toEqual({ name: 'Jane Quinn Doe', birthDate: '1970-04-01' });
    const bad = await rpc.client.call('importBundle', {
      source: { kind: 'text', text: '{"resourceType":"Patient"}' },
      fileName: 'one.json',
    });
    expect(bad).toEqual({
      ok: false,
      error:
        'one.json holds a single Patient resource, not a Bundle. Export the whole record as a FHIR R4 Bundle.',
    });
  });
});
