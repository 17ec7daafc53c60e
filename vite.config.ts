import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';
import { VitePWA } from 'vite-plugin-pwa';
import { playwright } from '@vitest/browser-playwright';
import { chromiumLaunchOptions } from './test/chromium.ts';
import {
  HEADER_CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
} from './src/domain/hosting/securityHeaders.ts';

// The policy and why each directive is as it is: src/domain/hosting/securityHeaders.ts. The meta tag is
// written only at build time: Vite's dev server needs inline scripts and a websocket for hot reload.

function cspMetaTag(): Plugin {
  return {
    name: 'imaging-vault-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [
    solid(),
    cspMetaTag(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'workers',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        // .wasm is not in the default patterns; without it, decoding fails offline.
        globPatterns: ['**/*.{js,css,html,wasm,png,svg,webmanifest,ico}'],
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
  ],
  worker: { format: 'es' },
  resolve: {
    alias: {
      // cornerstone's 12-bit JPEG (DCT) decoder: a self-contained module its package does not export by
      // name; the libjpeg-turbo codec we use for 8-bit JPEG cannot decode 12-bit Extended (Process 4).
      'cornerstone-jpeg-12bit': fileURLToPath(
        new URL('./node_modules/@cornerstonejs/dicom-image-loader/dist/esm/codecs/jpeg.js', import.meta.url),
      ),
    },
  },
  // Codecs are imported lazily; pre-bundling them up front stops Vite's dev server (vitest browser mode)
  // from discovering them mid-test on a fresh cache and reloading, which fails the dynamic import.
  optimizeDeps: {
    include: [
      '@cornerstonejs/codec-charls/decodewasmjs',
      '@cornerstonejs/codec-libjpeg-turbo-8bit/decodewasmjs',
      '@cornerstonejs/codec-openjpeg/decodewasmjs',
      '@cornerstonejs/codec-openjph/wasmjs',
      'jpeg-lossless-decoder-js',
      'dicom-parser',
      'hash-wasm',
      'fflate',
    ],
  },
  build: { target: 'es2022', sourcemap: true },
  // `npm start` serves the app as any host should: the policy as a header on every response.
  preview: { headers: { 'Content-Security-Policy': HEADER_CONTENT_SECURITY_POLICY } },
  test: {
    // vite-plugin-solid would otherwise select jsdom; unit tests run in Node or in real Chromium.
    environment: 'node',
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          exclude: ['test/unit/**/*.browser.test.ts'],
          setupFiles: ['fake-indexeddb/auto'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/unit/**/*.browser.test.ts'],
          testTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: chromiumLaunchOptions() }),
            instances: [{ browser: 'chromium' }],
            screenshotFailures: false,
          },
        },
      },
    ],
  },
});
