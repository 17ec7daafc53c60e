import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
};

/**
 * A plain static host for the built app on a loopback port, sending only the headers it is given: what a
 * person gets who copies dist/ onto a web server without configuring it. Unknown paths get index.html, as
 * a single-page app's host must answer.
 */
export async function serveBuiltApp(
  headers: Record<string, string>,
): Promise<{ url: string; close: () => Promise<void> }> {
  const root = join(process.cwd(), 'dist');
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
      let file = join(root, path === '/' ? 'index.html' : path);
      if (!file.startsWith(root)) file = join(root, 'index.html');
      const body = await readFile(file).catch(() => readFile(join(root, 'index.html')));
      const type = TYPES[extname(file)] ?? TYPES['.html'] ?? 'application/octet-stream';
      response.writeHead(200, { 'Content-Type': type, ...headers });
      response.end(request.method === 'HEAD' ? undefined : body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
