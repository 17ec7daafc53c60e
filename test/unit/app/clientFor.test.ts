import { describe, expect, it } from 'vitest';
import { clientFor } from '../../../src/app/clientFor';

type TestApi = {
  echo: { params: { text: string }; result: string; progress: never };
};

/** Just enough of a Worker: the client posts to it, and the test fires its error event. */
class FakeWorker extends EventTarget {
  readonly posted: unknown[] = [];
  terminated = false;
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  crash(message: string): Event {
    const event = new Event('error', { cancelable: true });
    Object.defineProperty(event, 'message', { value: message });
    this.dispatchEvent(event);
    return event;
  }
}

function start(onCrash?: () => void) {
  const worker = new FakeWorker();
  const client = clientFor<TestApi>(worker as unknown as Worker, 'test worker', onCrash);
  return { worker, client };
}

describe('clientFor', () => {
  it('fails the pending calls with a clear message when the worker crashes, and stops the worker', async () => {
    let crashed = 0;
    const { worker, client } = start(() => crashed++);
    const pending = client.call('echo', { text: 'a' });
    expect(worker.posted).toHaveLength(1);
    const event = worker.crash('Uncaught RangeError: Array buffer allocation failed');
    await expect(pending).rejects.toThrow(
      'The test worker could not run: Uncaught RangeError: Array buffer allocation failed Reload the page and try again.',
    );
    // Handled here, so the browser does not also report it as an uncaught error.
    expect(event.defaultPrevented).toBe(true);
    expect(worker.terminated).toBe(true);
    expect(crashed).toBe(1);
    expect(client.pending).toBe(0);
  });

  it('says so plainly when the worker could not start and gave no reason', async () => {
    const { worker, client } = start();
    const pending = client.call('echo', { text: 'a' });
    worker.crash('');
    await expect(pending).rejects.toThrow('The test worker could not run. Reload the page and try again.');
  });

  it('leaves a healthy worker alone', () => {
    let crashed = 0;
    const { worker, client } = start(() => crashed++);
    void client.call('echo', { text: 'a' });
    expect(client.pending).toBe(1);
    expect(worker.terminated).toBe(false);
    expect(crashed).toBe(0);
  });
});
