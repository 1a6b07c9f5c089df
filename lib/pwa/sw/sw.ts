/// <reference lib="webworker" />
// The service worker: precache the whole static export so every route, RSC payload and the deck work offline.
import { clientsClaim } from 'workbox-core';
import { addPlugins, cleanupOutdatedCaches, matchPrecache, type PrecacheEntry, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute, setCatchHandler } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';
import { listenForReminders } from './reminders';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

cleanupOutdatedCaches();
// The first install takes control at once (nothing to break yet); later versions wait for the learner's go-ahead.
clientsClaim();

// Pages served from here are cross-origin isolated whatever the host sends: the FSRS optimizer's threads need
// shared memory, which only an isolated page has (the app loads nothing from other origins).
addPlugins([{ cachedResponseWillBeUsed: async ({ cachedResponse }) => cachedResponse && isolated(cachedResponse) }]);
function isolated(response: Response): Response {
  const headers = new Headers(response.headers);
  headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  headers.set('Cross-Origin-Embedder-Policy', 'require-corp');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

precacheAndRoute(self.__WB_MANIFEST, {
  // Every precached URL is static: query strings (`_rsc`, `?deck=`) never select a different file.
  ignoreURLParametersMatching: [/.*/],
  cleanURLs: true,
  // `/review/` must find `review.html` too (cleanURLs only handles `/review`).
  urlManipulation: ({ url }) => {
    if (url.pathname.length > 1 && url.pathname.endsWith('/')) {
      const clean = new URL(url.href);
      clean.pathname = `${url.pathname.slice(0, -1)}.html`;
      return [clean];
    }
    return [];
  },
});

// The Android share sheet POSTs a shared file or text here. A file is kept for the import screen, which opens; shared
// text (a sentence from a page, say) opens Add a note with it filled in.
export const SHARED_CACHE = 'kubecards-shared';
registerRoute(
  ({ url, request }) => request.method === 'POST' && url.pathname.replace(/\/$/, '') === '/import',
  async ({ request }) => {
    const form = await request.formData();
    const file = form.get('file');
    if (!(file instanceof File)) {
      const shared = new URLSearchParams();
      for (const name of ['title', 'text', 'url']) {
        const value = form.get(name);
        if (typeof value === 'string' && value !== '') shared.set(name, value);
      }
      return Response.redirect(`/edit?${shared}`, 303);
    }
    const cache = await caches.open(SHARED_CACHE);
    await cache.put('/shared-file', new Response(file, { headers: { 'X-File-Name': encodeURIComponent(file.name) } }));
    return Response.redirect('/import?shared=1', 303);
  },
  'POST',
);

// Any other page: the network, or offline the app's own not-found page.
registerRoute(new NavigationRoute(new NetworkOnly()));
setCatchHandler(async ({ request }) => {
  if (request.destination === 'document') return (await matchPrecache('/404.html')) ?? Response.error();
  return Response.error();
});

listenForReminders();

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
