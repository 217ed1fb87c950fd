/**
 * What "Simpan untuk dibaca offline" stores, decided at build time: the core pages an RT head or
 * job seeker needs without signal, every file those pages can load (from the bundle graph that
 * src/plugins/terbit/grafik.ts records), the search files and the offline page. The build writes
 * this list, with a SHA-256 of every file, into the service worker (sw.js); the worker stores
 * exactly these files and calls the copy ready only when each one read back matches its hash.
 */
import { attribute, selectAll, type Root } from './html';

/**
 * Paths (without the locale's base URL) kept offline besides the docs pages that
 * src/lib/content/halaman marks for it: the home page, the search page and the poster short
 * links `/lapor` and `/cek`.
 */
export const HALAMAN_INTI_LAIN = ['/', '/cari', '/lapor', '/cek'] as const;

/** The poster short links: static redirect pages (plugin-client-redirects), not routes of the app. */
export const PENGALIHAN: readonly string[] = ['/lapor', '/cek'];

/** The page the worker answers with when an unsaved page is opened without a network. */
export const BERKAS_OFFLINE = 'offline.html';

export interface KelompokBundel {
  /** webpack's chunk-group name: for route chunks, the name in Docusaurus' routesChunkNames. */
  nama: string | null;
  /** What the dynamic import() that starts the group asked for ('mermaid', './mesin', …). */
  pintu: string[];
  /** Files of the group, as URLs from the site root. */
  berkas: string[];
  /** Groups this one can load later (dynamic import), by index. */
  anak: number[];
}

export interface GrafikBundel {
  kelompok: KelompokBundel[];
  /** Index of the entry group (`main`): runtime, main script and styles. */
  awal: number;
}

/**
 * Code a core page could load but never does: Mermaid (with KaTeX and its layouts, ~4 MB) draws
 * the relation diagrams of regulation pages; the core pages have none. Imports matching these
 * are left out of the copy, with everything only they load.
 */
export const TIDAK_DISIMPAN: readonly RegExp[] = [/^mermaid$/];

/** Docusaurus' routesChunkNames.json: `"<route path>-<hash>": { __comp: "<chunk>", … }`. */
export type NamaPotonganRute = Record<string, unknown>;

function daun(nilai: unknown, keluar: Set<string>): void {
  if (typeof nilai === 'string') keluar.add(nilai);
  else if (nilai && typeof nilai === 'object') for (const v of Object.values(nilai)) daun(v, keluar);
}

/** True when the route at `induk` is `rute` itself or a layout around it (a path prefix by segments). */
function meliputi(induk: string, rute: string): boolean {
  if (induk.replace(/\/$/, '') === rute.replace(/\/$/, '')) return true;
  return rute.startsWith(induk.endsWith('/') ? induk : `${induk}/`);
}

/**
 * Every bundle file the given routes (full paths, base URL included) can load: the entry group,
 * the chunks of each route and of the layout routes around it, and everything those load later,
 * except other pages' route chunks and TIDAK_DISIMPAN. Sorted, without duplicates.
 */
export function berkasBundel(grafik: GrafikBundel, potongan: NamaPotonganRute, rute: readonly string[], dasar = '/'): string[] {
  const pengalihan = new Set(PENGALIHAN.map((p) => `${dasar}${p.slice(1)}`));
  const perJalur = new Map<string, Set<string>>();
  const semuaRute = new Set<string>();
  for (const [kunci, nilai] of Object.entries(potongan)) {
    const jalur = kunci.replace(/-[^-/]+$/, '');
    const nama = perJalur.get(jalur) ?? new Set<string>();
    daun(nilai, nama);
    perJalur.set(jalur, nama);
    for (const n of nama) semuaRute.add(n);
  }
  const menurutNama = new Map<string, number>();
  grafik.kelompok.forEach((k, i) => {
    if (k.nama) menurutNama.set(k.nama, i);
  });
  const keluar = new Set<string>();
  const dikunjungi = new Set<number>();
  const kunjungi = (i: number): void => {
    if (dikunjungi.has(i)) return;
    dikunjungi.add(i);
    const k = grafik.kelompok[i];
    if (!k) return;
    for (const b of k.berkas) keluar.add(b);
    for (const a of k.anak) {
      const anak = grafik.kelompok[a];
      if (!anak || (anak.nama && semuaRute.has(anak.nama)) || anak.pintu.some((p) => TIDAK_DISIMPAN.some((t) => t.test(p)))) continue;
      kunjungi(a);
    }
  };
  kunjungi(grafik.awal);
  const sama = (a: string, b: string): boolean => a.replace(/\/$/, '') === b.replace(/\/$/, '');
  for (const r of rute) {
    let ada = false;
    for (const [jalur, nama] of perJalur) {
      if (!meliputi(jalur, r)) continue;
      if (sama(jalur, r)) ada = true;
      for (const n of nama) {
        const i = menurutNama.get(n);
        if (i !== undefined) kunjungi(i);
      }
    }
    if (!ada && !pengalihan.has(r)) throw new Error(`salinan offline: rute ${r} tidak ada di routesChunkNames`);
  }
  return [...keluar].sort();
}

/**
 * Files a built page asks for by itself (<script src>, <link href>, <img src>) on the site's own
 * origin under `dasar`: styles, scripts, icons, the web manifest. Links to other pages are left
 * to the caller to drop (they are not files of the build).
 */
export function rujukanHtml(pohon: Root, dasar: string): string[] {
  const keluar = new Set<string>();
  for (const el of selectAll(pohon, 'script[src], link[href], img[src]')) {
    const u = attribute(el, el.tagName === 'link' ? 'href' : 'src') ?? '';
    if (u.startsWith(dasar) && !u.startsWith('//')) keluar.add(u.split(/[?#]/)[0] ?? u);
  }
  return [...keluar];
}

/** The worker's key for a page: its path without `.html`, `index.html` or a trailing slash (the base URL keeps its slash). */
export function kunciHalaman(jalur: string, dasar: string): string {
  const k = jalur.replace(/(\/index)?\.html$/, '').replace(/\/+$/, '');
  return k === dasar.replace(/\/$/, '') ? dasar : k;
}

export interface CatatanPekerja {
  /** Changes with every build whose files differ: the worker's version. */
  versi: string;
  dasar: string;
  bahasa: string;
  /** Page key → [file to fetch, SHA-256 of its bytes]. */
  halaman: Record<string, [string, string]>;
  /** Other files (bundle, styles, search, images, offline page) → SHA-256. */
  berkas: Record<string, string>;
  /** URL of the offline page. */
  offline: string;
}

const KATA_OFFLINE = {
  id: {
    judul: 'Halaman ini belum tersimpan di ponsel ini',
    isi: 'Tidak ada sinyal, dan halaman ini tidak termasuk salinan offline. Halaman yang tersimpan:',
    ulang: 'Bila sinyal kembali, muat ulang halaman ini.',
  },
  en: {
    judul: 'This page is not saved on this phone',
    isi: 'There is no connection, and this page is not part of the offline copy. Saved pages:',
    ulang: 'When the connection returns, reload this page.',
  },
} as const;

function escape(t: string): string {
  return t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The offline page: plain HTML without any script (the app would try to load the missing page's
 * code), listing the saved pages by title. `bahasa` is the page's `lang` (`id-ID`, `en-GB`);
 * `csp` is the policy every built page carries.
 */
export function halamanOffline(bahasa: string, daftar: readonly { url: string; judul: string }[], csp: string): string {
  const k = bahasa.startsWith('en') ? KATA_OFFLINE.en : KATA_OFFLINE.id;
  const butir = daftar.map((d) => `<li><a href="${escape(d.url)}">${escape(d.judul)}</a></li>`).join('');
  return (
    `<!DOCTYPE html><html lang="${escape(bahasa)}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<meta http-equiv="Content-Security-Policy" content="${escape(csp)}">` +
    `<title>${escape(k.judul)} · Pustaka TPPO</title>` +
    `<style>body{font:1.05rem/1.5 system-ui,sans-serif;max-width:36rem;margin:1.5rem auto;padding:0 1rem;color:#1c1e21}` +
    `a{color:#0b5cad}li{margin:.5rem 0}</style></head>` +
    `<body><main><h1>${escape(k.judul)}</h1><p>${escape(k.isi)}</p><ul>${butir}</ul><p>${escape(k.ulang)}</p></main></body></html>\n`
  );
}
