/**
 * The browser side of our engine in the scale benchmark (scripts/bench/skala.ts), bundled with
 * esbuild into the harness page's `ours.js`. It does what the site's search box does on first
 * use: fetch the manifest `indeks-cari.json`, create the searcher over `fetch(dasar + name)`
 * (src/lib/search/query, unchanged), then run the typed query in typing mode with 8 results,
 * which fetches the dictionary, the postings shards of the query's terms and the fragments of
 * the results shown. The phases are timed from when the bundle started to run.
 */
import type { IndexManifest } from '../../../src/lib/search/compact-index';
import { createSearcher } from '../../../src/lib/search/query';

export interface ClientResult {
  /** Manifest fetched and parsed, ms after the bundle started. */
  manifest: number;
  /** Dictionary loaded and the searcher ready. */
  searcher: number;
  /** First results, with their documents. */
  results: number;
  count: number;
  /** URL of the first result. */
  first: string;
}

export async function firstSearch(query: string): Promise<ClientResult> {
  const t0 = performance.now();
  const manifest = (await (await fetch('/indeks-cari.json')).json()) as IndexManifest;
  const manifestAt = performance.now() - t0;
  const searcher = await createSearcher(async (name) => {
    const res = await fetch(`/${manifest.dasar}${name}`);
    if (!res.ok) throw new Error(`${name}: HTTP ${res.status}`);
    return (await res.json()) as unknown;
  });
  const searcherAt = performance.now() - t0;
  const results = await searcher.cari(query, { mengetik: true, batas: 8 });
  return { manifest: manifestAt, searcher: searcherAt, results: performance.now() - t0, count: results.length, first: results[0]?.dokumen.url ?? '' };
}
