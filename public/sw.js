/*
 * Ratwise service worker, registered only for a signed-in foster (components/offline).
 * It keeps the foster's own screens so they open with no signal:
 * - the build's static files (scripts, styles, fonts), cache first: their names change with every build;
 * - the foster's pages (home, log a session, weights, a rat, an introduction), network first:
 *   a fresh copy whenever there is signal, the last copy when there is none.
 * It never answers anything but GET, never keeps a redirect (a signed-out visit is a redirect
 * to sign-in) or an error, and signing out deletes every cache it made.
 */
const VERSION = 'v1';
const STATIC_CACHE = `ratwise-static-${VERSION}`;
const PAGE_CACHE = `ratwise-pages-${VERSION}`;
const OURS = [STATIC_CACHE, PAGE_CACHE];
/** A page kept less than this long ago is not fetched again when the home screen asks. */
const FRESH_MS = 10 * 60_000;

/** The foster's pages kept for offline use. */
const FOSTER_PAGES = [/^\/dashboard$/, /^\/sessions\/new$/, /^\/weights\/new$/, /^\/rats\/\d+$/, /^\/introductions\/\d+$/];

const OFFLINE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Offline · Ratwise</title></head>
<body style="font-family:system-ui,sans-serif;padding:1.5rem;line-height:1.5"><h1>You are offline</h1>
<p>This page was not saved on this phone. <a href="/dashboard">Go to My rats</a>: it works with no signal, and what you record there is sent when the signal comes back.</p></body></html>`;

self.addEventListener('install', () => {
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith('ratwise-') && !OURS.includes(name)) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

function isFosterPage(url) {
  return url.origin === self.location.origin && FOSTER_PAGES.some((re) => re.test(url.pathname));
}

/** A page worth keeping: a plain 200 from our own server, not a redirect. */
function keepable(response) {
  return response && response.ok && response.status === 200 && response.type === 'basic' && !response.redirected;
}

const STATIC_URL = /\/_next\/static\/[^"'\s)\\]+/g;

/** Keeps a page and every static file it names, so it can start with no signal. */
async function keepPage(url, response) {
  const pages = await caches.open(PAGE_CACHE);
  await pages.put(url, response.clone());
  const html = await response.text();
  const assets = [...new Set(html.match(STATIC_URL) || [])];
  await keepAssets(assets);
}

async function keepAssets(urls) {
  const cache = await caches.open(STATIC_CACHE);
  await Promise.all(
    urls.map(async (u) => {
      const url = new URL(u, self.location.origin);
      if (url.origin !== self.location.origin || !url.pathname.startsWith('/_next/static/')) return;
      if (await cache.match(url.href)) return;
      try {
        const response = await fetch(url.href, { credentials: 'same-origin' });
        if (keepable(response)) await cache.put(url.href, response);
      } catch {
        // No signal: the next visit tries again.
      }
    }),
  );
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  if (url.pathname.startsWith('/_next/static/')) {
    event.respondWith(
      (async () => {
        const cache = await caches.open(STATIC_CACHE);
        const hit = await cache.match(request);
        if (hit) return hit;
        const response = await fetch(request);
        if (keepable(response)) await cache.put(request, response.clone());
        return response;
      })(),
    );
    return;
  }

  if (request.mode === 'navigate' && isFosterPage(url)) {
    event.respondWith(
      (async () => {
        try {
          const response = await fetch(request);
          if (keepable(response)) event.waitUntil(keepPage(url.href, response.clone()));
          return response;
        } catch {
          const cached = await caches.match(url.href, { cacheName: PAGE_CACHE });
          return cached || new Response(OFFLINE_PAGE, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
        }
      })(),
    );
  }
});

self.addEventListener('message', (event) => {
  const data = event.data || {};
  const reply = (answer) => event.ports && event.ports[0] && event.ports[0].postMessage(answer);
  if (data.type === 'keep') {
    event.waitUntil(
      (async () => {
        await keepAssets(Array.isArray(data.assets) ? data.assets : []);
        const pages = await caches.open(PAGE_CACHE);
        for (const page of Array.isArray(data.pages) ? data.pages : []) {
          const url = new URL(page, self.location.origin);
          if (!isFosterPage(url)) continue;
          // A copy kept in the last few minutes is fresh enough: no need to ask the server again.
          const kept = await pages.match(url.href);
          const keptAt = kept ? Date.parse(kept.headers.get('date') || '') : NaN;
          if (kept && Date.now() - keptAt < FRESH_MS) continue;
          try {
            const response = await fetch(url.href, { credentials: 'same-origin', redirect: 'follow' });
            if (keepable(response)) await keepPage(url.href, response);
          } catch {
            // No signal: kept on the next visit.
          }
        }
        reply({ ok: true });
      })(),
    );
  } else if (data.type === 'clear') {
    event.waitUntil(
      (async () => {
        for (const name of await caches.keys()) if (name.startsWith('ratwise-')) await caches.delete(name);
        reply({ ok: true });
      })(),
    );
  }
});
