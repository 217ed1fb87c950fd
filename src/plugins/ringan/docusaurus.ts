/**
 * Stand-in for Docusaurus' `window.docusaurus` (@docusaurus/core/lib/client/docusaurus.js,
 * swapped in by ./index.ts), the object its <Link> calls to prefetch a page when the link
 * scrolls into view and to preload it on hover or touch.
 *
 * `preload` is Docusaurus' own. `prefetch` fetches the same scripts, but later and once:
 * - the work waits for the page's load event and idle time, and runs in slices of a few
 *   milliseconds, instead of inside the task that reports the visible links, right after
 *   hydration (up to ~100 ms on a slow phone: it matched every route for every link and added
 *   a <link rel=prefetch> per chunk);
 * - each script is asked for once per page view and never when it is already loaded (the
 *   original asked again for the chunks shared by every doc page, once per visible link).
 */
import { matchRoutes } from 'react-router-config';
import routesChunkNames from '@generated/routesChunkNames';
import routes from '@generated/routes';
import preloadHelper from '@docusaurus/core/lib/client/preload';
import flat from '@docusaurus/core/lib/client/flat';

// Injected by Docusaurus' ChunkAssetPlugin: the URL of a chunk, from its name.
declare const __webpack_require__: { gca: (chunkName: string) => string | undefined };

interface Koneksi {
  effectiveType?: string;
  saveData?: boolean;
}

const fetched = new Set<string>();
const loaded = new Set<string>();
const urlDiminta = new Set<string>();
const potonganPerRute = new Map<string, string[]>();
const antrean: string[] = [];
let terjadwal = false;

/** Milliseconds of prefetch work per slice; well under the 50 ms of a "long task". */
const JATAH_MS = 6;

function koneksiLambat(): boolean {
  const c = (navigator as Navigator & { connection?: Koneksi }).connection;
  return Boolean(c?.effectiveType?.includes('2g') || c?.saveData);
}

function potonganRute(routePath: string): string[] {
  let hasil = potonganPerRute.get(routePath);
  if (!hasil) {
    // Keys are "path-hash"; the hash is dropped to compare paths (as Docusaurus does).
    hasil = Object.entries(routesChunkNames)
      .filter(([namaDenganHash]) => namaDenganHash.replace(/-[^-]+$/, '') === routePath)
      .flatMap(([, chunks]) => Object.values(flat(chunks)) as string[]);
    potonganPerRute.set(routePath, hasil);
  }
  return hasil;
}

function sudahDimuat(url: string): boolean {
  return document.querySelector(`script[src="${CSS.escape(url)}"]`) !== null;
}

function ambilDulu(url: string): void {
  const link = document.createElement('link');
  link.rel = 'prefetch';
  link.href = url;
  document.head.appendChild(link);
}

function kerjakan(routePath: string): void {
  for (const match of matchRoutes(routes, routePath)) {
    for (const chunkName of potonganRute(match.route.path as string)) {
      const url = __webpack_require__.gca(chunkName);
      // Webpack may have merged a chunk into another: then there is nothing to fetch.
      if (!url || url.includes('undefined') || urlDiminta.has(url)) continue;
      urlDiminta.add(url);
      if (!sudahDimuat(url)) ambilDulu(url);
    }
  }
}

function jalankan(): void {
  terjadwal = false;
  const mulai = performance.now();
  do {
    const routePath = antrean.shift();
    if (routePath !== undefined) kerjakan(routePath);
  } while (antrean.length > 0 && performance.now() - mulai < JATAH_MS);
  if (antrean.length > 0) jadwalkan();
}

function jadwalkan(): void {
  if (terjadwal) return;
  terjadwal = true;
  const minta = (): void => {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(jalankan, { timeout: 5000 });
    else window.setTimeout(jalankan, 100);
  };
  // Not while the page itself is still loading: the first prefetch then costs far more.
  if (document.readyState === 'complete') minta();
  else window.addEventListener('load', minta, { once: true });
}

function prefetch(routePath: string): boolean {
  if (koneksiLambat() || loaded.has(routePath) || fetched.has(routePath)) return false;
  fetched.add(routePath);
  antrean.push(routePath);
  jadwalkan();
  return true;
}

function preload(routePath: string): false | Promise<unknown> {
  if (koneksiLambat() || loaded.has(routePath)) return false;
  loaded.add(routePath);
  return preloadHelper(routePath);
}

const docusaurus = { prefetch, preload };

// Mounted on window by Docusaurus; frozen, like the original.
export default Object.freeze(docusaurus);
