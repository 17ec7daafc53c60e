import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';

/**
 * How tests launch WebKit, the engine of Safari and of every iPhone browser: Debian's WebKitGTK MiniBrowser
 * through WebKitWebDriver (webkit2gtk-driver). Playwright's own WebKit build cannot be downloaded here, and
 * WebKitGTK has no headless mode, so the driver runs under `xvfb-run`. WebKitGTK ships the Storage API and
 * the Origin Private File System switched off where Safari ships them on: the feature flags below make the
 * run Safari-like. IMAGING_VAULT_MINIBROWSER points at another MiniBrowser.
 */
export const MINIBROWSER =
  process.env['IMAGING_VAULT_MINIBROWSER'] ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const SAFARI_LIKE_FEATURES =
  '--features=+FileSystem,+FileSystemWritableStream,+AccessHandle,+StorageAPI,+StorageAPIEstimate';

export function webkitCapabilities(): Record<string, unknown> {
  return {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', SAFARI_LIKE_FEATURES] },
  };
}

export interface WebKitDriverServer {
  readonly url: string;
  /** MiniBrowser saves every download, unasked, into its home folder: this one is the driver's own. */
  readonly downloads: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function untilListening(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${child.exitCode}`);
    const ready = await fetch(`${url}/status`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ready) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer at ${url} within 30 s`);
}

/** Starts WebKitWebDriver on a free loopback port inside its own virtual X display. */
export async function startWebKitDriver(): Promise<WebKitDriverServer> {
  const port = await freePort();
  const home = mkdtempSync(join(tmpdir(), 'imaging-vault-webkit-home-'));
  // `-a` takes the first free display from `-n` up, but two xvfb-run started at the same moment can both
  // pick the same one (seen here: a worker's session never started). Each start begins its search at a
  // display number of its own, from the port just taken, so parallel workers do not race for one.
  const display = String(100 + (port % 4000));
  const child = spawn(
    'xvfb-run',
    [
      '-a',
      '-n',
      display,
      '-s',
      '-screen 0 1920x1080x24',
      '/usr/bin/WebKitWebDriver',
      `--port=${port}`,
      '--host=127.0.0.1',
    ],
    { stdio: 'ignore', detached: true, env: { ...process.env, HOME: home } },
  );
  const url = `http://127.0.0.1:${port}`;
  await untilListening(url, child);
  return {
    url,
    downloads: home,
    async stop() {
      if (child.exitCode === null && child.pid !== undefined) {
        const exited = new Promise((r) => child.once('exit', r));
        // The process group: xvfb-run, Xvfb and the driver (and any MiniBrowser it left behind).
        process.kill(-child.pid, 'SIGTERM');
        await exited;
      }
      rmSync(home, { recursive: true, force: true });
    },
  };
}
