/* The site's service worker. src/plugins/terbit writes it as `<base>sw.js`, after a line
 * `const PUSTAKA = {…}` (src/lib/web/offline.ts, CatatanPekerja): this build's version, its base
 * URL, and every page and file of the offline copy with the SHA-256 of its bytes.
 *
 * It is registered only when a reader presses "Simpan untuk dibaca offline", and it writes to
 * Cache Storage only then (message SIMPAN), or when a new build arrives for a reader who has a
 * copy: the new worker stores the new copy (taking unchanged files from the old one) while the
 * old worker keeps serving the old one, and switches when the reader says so (PAKAI) or when no
 * tab of the site is open. Pages of the copy and their files are always served from the copy,
 * online too, so a reader sees one version at a time. A copy counts only once every file read
 * back from the cache matches its hash; then a record (CATATAN) is written last.
 */
/** @type {ServiceWorkerGlobalScope} */
const sw = /** @type {any} */ (self);

const AWALAN = `pustaka:${PUSTAKA.dasar}:`;
const AWALAN_VERSI = `${AWALAN}${PUSTAKA.versi}:`;
const CATATAN = `${PUSTAKA.dasar}__salinan.json`;

/** @type {{ kunci: string, ambil: string, hash: string }[]} */
const ENTRI = [
  ...Object.entries(PUSTAKA.halaman).map(([kunci, [ambil, hash]]) => ({ kunci, ambil, hash })),
  ...Object.entries(PUSTAKA.berkas).map(([kunci, hash]) => ({ kunci, ambil: kunci, hash })),
];

/** Same rule as kunciHalaman in src/lib/web/offline.ts. */
function kunciHalaman(/** @type {string} */ jalur) {
  const k = jalur.replace(/(\/index)?\.html$/, '').replace(/\/+$/, '');
  return k === PUSTAKA.dasar.replace(/\/$/, '') ? PUSTAKA.dasar : k;
}

/** Content-hashed bundle and search files never change under their name. */
const tetap = (/** @type {string} */ jalur) => /\/assets\/|\/cari\/[^/]+\.[0-9a-f]{10}\.json$/.test(jalur);

async function hashDari(/** @type {ArrayBuffer} */ isi) {
  const d = new Uint8Array(await crypto.subtle.digest('SHA-256', isi));
  let s = '';
  for (const b of d) s += String.fromCharCode(b);
  return btoa(s);
}

class GagalSimpan extends Error {
  constructor(/** @type {string} */ kode, /** @type {string} */ rinci) {
    super(rinci);
    this.kode = kode;
  }
}

/** @param {string} awalan @returns {Promise<string[]>} copies (cache names) with a record */
async function salinanDengan(awalan) {
  const keluar = [];
  for (const nama of await caches.keys()) {
    if (nama.startsWith(awalan) && (await (await caches.open(nama)).match(CATATAN))) keluar.push(nama);
  }
  return keluar;
}

/** @type {Promise<Cache | null> | null} */
let kini = null;
/** This build's complete copy, if there is one. */
function salinanKini() {
  kini ??= salinanDengan(AWALAN_VERSI).then((n) => (n[0] ? caches.open(n[0]) : null));
  return kini;
}

/** Reads every entry back and checks its hash. @returns {Promise<{ cocok: boolean, ukuran: number }>} */
async function periksaCache(/** @type {Cache} */ cache) {
  let ukuran = 0;
  for (const e of ENTRI) {
    const r = await cache.match(e.kunci);
    if (!r) return { cocok: false, ukuran };
    const isi = await r.arrayBuffer();
    if ((await hashDari(isi)) !== e.hash) return { cocok: false, ukuran };
    ukuran += isi.byteLength;
  }
  return { cocok: true, ukuran };
}

/** Stores this build's copy whole, or nothing: a failed attempt deletes what it wrote. */
async function simpan() {
  const nama = `${AWALAN_VERSI}${Date.now().toString(36)}`;
  const sumber = await Promise.all((await salinanDengan(AWALAN)).map((n) => caches.open(n)));
  const cache = await caches.open(nama);
  try {
    for (const e of ENTRI) {
      let isi = null;
      let jenis = null;
      for (const s of sumber) {
        const r = await s.match(e.kunci);
        if (!r) continue;
        const b = await r.arrayBuffer();
        if ((await hashDari(b)) === e.hash) {
          isi = b;
          jenis = r.headers.get('content-type');
          break;
        }
      }
      if (!isi) {
        let r;
        try {
          r = await fetch(e.ambil, { cache: 'no-cache' });
        } catch {
          throw new GagalSimpan('jaringan', e.ambil);
        }
        if (!r.ok) throw new GagalSimpan('jaringan', `${e.ambil}: ${r.status}`);
        isi = await r.arrayBuffer();
        // Another build is on the server now: this worker's copy can no longer be made.
        if ((await hashDari(isi)) !== e.hash) throw new GagalSimpan('berubah', e.ambil);
        jenis = r.headers.get('content-type');
      }
      await cache.put(e.kunci, new Response(isi, { headers: jenis ? { 'content-type': jenis } : {} }));
    }
    const { cocok, ukuran } = await periksaCache(cache);
    if (!cocok) throw new GagalSimpan('penyimpanan', 'isi tersimpan tidak cocok');
    await cache.put(CATATAN, new Response(JSON.stringify({ versi: PUSTAKA.versi, jumlah: ENTRI.length, ukuran })));
    for (const n of await caches.keys()) if (n.startsWith(AWALAN_VERSI) && n !== nama) await caches.delete(n);
    kini = Promise.resolve(cache);
    return { jumlah: Object.keys(PUSTAKA.halaman).length, ukuran };
  } catch (err) {
    await caches.delete(nama);
    kini = null;
    if (err instanceof GagalSimpan) throw err;
    throw new GagalSimpan(err instanceof DOMException && err.name === 'QuotaExceededError' ? 'penyimpanan' : 'lain', String(err));
  }
}

async function periksa() {
  kini = null;
  const cache = await salinanKini();
  if (!cache) return { siap: false, ada: (await caches.keys()).some((n) => n.startsWith(AWALAN)) };
  const { cocok, ukuran } = await periksaCache(cache);
  return { siap: cocok, ada: true, jumlah: Object.keys(PUSTAKA.halaman).length, ukuran, versi: PUSTAKA.versi };
}

async function hapus() {
  for (const n of await caches.keys()) if (n.startsWith(AWALAN)) await caches.delete(n);
  kini = null;
}

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      // A reader who keeps a copy of an earlier build gets this build's copy before the switch;
      // anyone else has nothing to keep consistent, and this worker takes over at once.
      if ((await salinanDengan(AWALAN)).length > 0) await simpan();
      else await sw.skipWaiting();
    })(),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const n of await caches.keys()) if (n.startsWith(AWALAN) && !n.startsWith(AWALAN_VERSI)) await caches.delete(n);
      await sw.clients.claim();
    })(),
  );
});

sw.addEventListener('message', (event) => {
  const jenis = event.data?.type;
  const port = event.ports[0];
  const balas = (/** @type {Promise<object>} */ p) =>
    event.waitUntil(
      p.then(
        (hasil) => port?.postMessage({ ok: true, ...hasil }),
        (err) => port?.postMessage({ ok: false, kode: err?.kode ?? 'lain', pesan: String(err?.message ?? err) }),
      ),
    );
  if (jenis === 'SIMPAN') balas(simpan());
  else if (jenis === 'PERIKSA') balas(periksa());
  else if (jenis === 'HAPUS') balas(hapus().then(() => ({})));
  else if (jenis === 'PAKAI') balas(sw.skipWaiting().then(() => ({})));
});

/** Whether a request comes from a page served from the copy (or from no page at all). */
async function dariSalinan(/** @type {string} */ clientId) {
  const c = clientId ? await sw.clients.get(clientId) : null;
  return !c || kunciHalaman(new URL(c.url).pathname) in PUSTAKA.halaman;
}

async function jawab(/** @type {FetchEvent} */ event, /** @type {URL} */ url) {
  const req = event.request;
  const salinan = await salinanKini();
  if (!salinan) return fetch(req);
  if (req.mode === 'navigate') {
    const kunci = kunciHalaman(url.pathname);
    const hit = kunci in PUSTAKA.halaman ? await salinan.match(kunci) : undefined;
    if (hit) return hit;
    try {
      return await fetch(req);
    } catch {
      return (await salinan.match(PUSTAKA.offline)) ?? Response.error();
    }
  }
  const kunci = url.pathname;
  if (!(kunci in PUSTAKA.berkas)) return fetch(req);
  if (tetap(kunci) || (await dariSalinan(event.clientId))) {
    const hit = await salinan.match(kunci);
    if (hit) return hit;
  }
  try {
    return await fetch(req);
  } catch (err) {
    const hit = await salinan.match(kunci);
    if (hit) return hit;
    throw err;
  }
}

sw.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET') return;
  const url = new URL(event.request.url);
  if (url.origin !== sw.location.origin || !url.pathname.startsWith(PUSTAKA.dasar)) return;
  event.respondWith(jawab(event, url));
});
