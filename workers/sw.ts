/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { createHandlerBoundToURL, precacheAndRoute, cleanupOutdatedCaches } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { activateWhenAsked } from '../src/protocol/serviceWorkerControl';
import { serveStreamedDownloads } from '../src/protocol/streamedDownloadWorker';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

// Streamed downloads first: their navigation must not be answered with index.html by the route below.
serveStreamedDownloads(self);

// Every asset of the app, codecs and .wasm included, so the whole vault works offline after one visit.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// The app routes in the browser: any navigation is answered with the precached index.html.
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html')));

// A first install takes control at once, so the very first visit is already offline-capable.
// An update waits until the user accepts the prompt (app/UpdatePrompt.tsx), which asks through workbox-window.
clientsClaim();
self.addEventListener('install', () => {
  if (!self.registration.active) void self.skipWaiting();
});
activateWhenAsked(self);
