/**
 * The site's service worker, served as /sw.js and registered by src/klien/sw.ts. Keeps pages offline only when the
 * reader asks ("Simpan untuk dibaca offline"): it then stores those pages, every script and
 * style they load, and the search index, and replies when everything is stored. Hashed files
 * (assets, search index) are served from the store first; pages are fetched fresh when online
 * and served from the store when not.
 */

const ASET = 'pustaka-aset-v1';
const HALAMAN = 'pustaka-halaman-v1';

/** @typedef {{ type: 'SIMPAN_OFFLINE', halaman: string[], lain: string[], aset?: string[] }} PesanSimpan */

function pasangPekerja() {
  /** @type {ServiceWorkerGlobalScope} */
  const sw = /** @type {any} */ (self);
  const asal = sw.location.origin;

  const abadi = (/** @type {URL} */ url) => url.origin === asal && (/\/assets\//.test(url.pathname) || /\/cari\/[^/]+\.[0-9a-f]{10}\.json$/.test(url.pathname) || /\/img\//.test(url.pathname));

  async function simpan(/** @type {Cache} */ cache, /** @type {string} */ url) {
    const r = await fetch(url, { cache: 'no-cache' });
    if (!r.ok) throw new Error(`${url}: ${r.status}`);
    await cache.put(url, r.clone());
    return r;
  }

  async function simpanSemua(/** @type {PesanSimpan} */ p) {
    const halaman = await caches.open(HALAMAN);
    const aset = await caches.open(ASET);
    const daftarAset = new Set(p.aset ?? []);
    for (const url of p.halaman) {
      const html = await (await simpan(halaman, url)).text();
      for (const m of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
        const u = new URL(m[1], new URL(url, asal));
        if (abadi(u)) daftarAset.add(u.href);
      }
    }
    for (const url of p.lain) {
      const r = await simpan(halaman, url);
      // The search manifest names the hashed index and snippet files.
      if (url.endsWith('indeks-cari.json')) {
        const m = await r.json();
        daftarAset.add(new URL(m.berkas, new URL(url, asal)).href);
        daftarAset.add(new URL(m.cuplikan, new URL(url, asal)).href);
      }
    }
    for (const u of daftarAset) if (!(await aset.match(u))) await simpan(aset, u);
    return p.halaman.length;
  }

  // A new version takes over at once and takes charge of open pages, so what they load next
  // can be stored; pages that saved a copy then offer to refresh it (controllerchange).
  sw.addEventListener('install', () => sw.skipWaiting());
  sw.addEventListener('activate', (event) => event.waitUntil(sw.clients.claim()));

  sw.addEventListener('message', (event) => {
    const data = event.data;
    if (data?.type !== 'SIMPAN_OFFLINE') return;
    const port = event.ports[0];
    event.waitUntil(
      simpanSemua(data).then(
        (jumlah) => port?.postMessage({ ok: true, jumlah }),
        (err) => port?.postMessage({ ok: false, pesan: err instanceof Error ? err.message : String(err) }),
      ),
    );
  });

  sw.addEventListener('fetch', (event) => {
    const req = event.request;
    if (req.method !== 'GET') return;
    const url = new URL(req.url);
    if (url.origin !== asal) return;
    if (abadi(url)) {
      event.respondWith(
        caches.match(req.url).then(
          (hit) =>
            hit ??
            fetch(req).then(async (r) => {
              // Hashed files never change: keep each one fetched, so search and pages used once stay usable.
              if (r.ok) await (await caches.open(ASET)).put(req.url, r.clone());
              return r;
            }),
        ),
      );
      return;
    }
    if (req.mode === 'navigate' || url.pathname.endsWith('indeks-cari.json')) {
      event.respondWith(
        (async () => {
          const halaman = await caches.open(HALAMAN);
          const kunci = url.origin + url.pathname;
          try {
            const r = await fetch(req);
            // Refresh a saved page whenever it is opened online.
            if (r.ok && (await halaman.match(kunci))) await halaman.put(kunci, r.clone());
            return r;
          } catch (err) {
            const hit = (await halaman.match(kunci)) ?? (await halaman.match(`${kunci.replace(/\/$/, '')}`));
            if (hit) return hit;
            throw err;
          }
        })(),
      );
    }
  });
}

pasangPekerja();
