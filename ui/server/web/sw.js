// The field page's service worker: the page opens with no connection, and
// answers already fetched are shown again when the service cannot be
// reached (marked as such, with when they were fetched). Served from the
// root (/sw.js) so that it controls the whole page. Only requests to the
// service itself are handled: the page talks to nothing else.
"use strict";

const SHELL = "coverplan-shell-v1";     // the page, Leaflet, icons
const ANSWERS = "coverplan-answers-v1"; // GET /api/... and /healthz, newest answer per address
const TILES = "coverplan-tiles-v1";     // basemap tiles, kept as they are seen
const SHELL_FILES = [
  "/", "/static/app.js", "/static/offline.js", "/static/style.css", "/manifest.webmanifest", "/favicon.ico",
  "/static/icon-192.png", "/static/icon-512.png", "/static/leaflet/leaflet.js", "/static/leaflet/leaflet.css",
  "/static/leaflet/images/marker-icon.png", "/static/leaflet/images/marker-icon-2x.png",
  "/static/leaflet/images/marker-shadow.png", "/static/leaflet/images/layers.png", "/static/leaflet/images/layers-2x.png",
];
const NETWORK_WAIT_MS = 4000;  // an answer slower than this comes from the cache, when there is one
const MAX_ANSWERS = 500, MAX_TILES = 3000;

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const shell = await caches.open(SHELL);
    // One by one: a server without Leaflet still gives a page (without a map).
    await Promise.all(SHELL_FILES.map(async (url) => {
      try {
        const response = await fetch(url, { cache: "no-cache" });
        if (response.ok) await shell.put(url, response);
      } catch (_) { /* offline while installing: the next visit tries again */ }
    }));
    // What the page needs to start: the project's technologies and extent.
    try {
      const health = await fetch("/healthz", { cache: "no-cache" });
      if (health.ok) await (await caches.open(ANSWERS)).put("/healthz", await stamped(health));
    } catch (_) { /* ditto */ }
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (![SHELL, ANSWERS, TILES].includes(name)) await caches.delete(name);
    await self.clients.claim();  // the page that installed it is served from now on, not from its next load
  })());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  // Prospects (POST) go to the network; the page keeps its own queue of those that could not.
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/api/") || url.pathname === "/healthz") event.respondWith(answer(event, request));
  else if (url.pathname.startsWith("/tiles/")) event.respondWith(tile(event, request));
  else event.respondWith(shellFile(event, request, url));
});

/// A copy of `response` with the time it was fetched in X-Coverplan-Fetched-At.
async function stamped(response) {
  const headers = new Headers(response.headers);
  headers.set("X-Coverplan-Fetched-At", new Date().toISOString());
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

/// A cached answer marked X-Coverplan-From-Cache, so the page says where it came from.
async function fromCache(cached) {
  const headers = new Headers(cached.headers);
  headers.set("X-Coverplan-From-Cache", "1");
  return new Response(await cached.blob(), { status: cached.status, statusText: cached.statusText, headers });
}

/// Trims `cache` to its newest `count` entries, every 50th call (listing
/// thousands of tiles at each one would cost more than the tiles).
const stores = new Map();
async function keepAtMost(cache, name, count) {
  const calls = (stores.get(name) || 0) + 1;
  stores.set(name, calls);
  if (calls % 50 !== 0) return;
  const keys = await cache.keys();  // oldest first
  for (let i = 0; i < keys.length - count; ++i) await cache.delete(keys[i]);
}

/// The page and its files: from the cache at once (a weak connection costs
/// nothing), refreshed from the network behind it for the next visit.
async function shellFile(event, request, url) {
  const cache = await caches.open(SHELL);
  const key = request.mode === "navigate" && (url.pathname === "/" || url.pathname === "/index.html") ? "/" : request;
  const cached = await cache.match(key, { ignoreSearch: key === "/" });
  const fresh = fetch(request).then(async (response) => {
    if (response.ok) await cache.put(key, response.clone());
    return response;
  });
  if (!cached) return fresh;
  event.waitUntil(fresh.catch(() => {}));
  return cached;
}

/// Answers: the network first (they must be current), the last answer to
/// the same request when the service cannot be reached or is too slow.
async function answer(event, request) {
  const cache = await caches.open(ANSWERS);
  const network = fetch(request).then(async (response) => {
    if (response.ok) {
      await cache.put(request, await stamped(response.clone()));
      await keepAtMost(cache, ANSWERS, MAX_ANSWERS);
    }
    return response;
  });
  event.waitUntil(network.catch(() => {}));
  const cached = await cache.match(request);
  if (!cached) return network;
  const slow = new Promise((resolve) => setTimeout(resolve, NETWORK_WAIT_MS, null));
  try {
    const response = await Promise.race([network, slow]);
    if (response) return response;
  } catch (_) { /* unreachable: the cache answers */ }
  return fromCache(cached);
}

/// Basemap tiles: the network as it is, a copy kept for when it is gone.
async function tile(event, request) {
  const cache = await caches.open(TILES);
  try {
    const response = await fetch(request);
    if (response.ok) event.waitUntil(cache.put(request, response.clone()).then(() => keepAtMost(cache, TILES, MAX_TILES)));
    return response;
  } catch (error) {
    const cached = await cache.match(request);
    if (cached) return cached;
    throw error;
  }
}
