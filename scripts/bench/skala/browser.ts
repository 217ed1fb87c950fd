/**
 * Time to first result in Chromium for the scale benchmark (scripts/bench/skala.ts), as in
 * ../shared/reviews/2026-12-search-scale.md §1 ("Measures"): a fresh browser context per run
 * (empty cache), a 360×740 mobile viewport, the CPU slowed down by DevTools emulation
 * (`Emulation.setCPUThrottlingRate`), and optionally the network too
 * (`Network.emulateNetworkConditions`). The harness page is empty; once it has loaded, a script
 * evaluated in it starts the clock, loads the engine and searches:
 *   ours      import('/ours.js') (src/lib/search bundled), then its firstSearch (scripts/bench/skala/client.ts);
 *   pagefind  import('/pagefind/pagefind.js'), options({ noWorker: true }) so that the CPU
 *             throttle applies to its search (a worker may escape it), search(), data() of result 1.
 * Bytes are the `encodedBodySize` of every resource fetched between start and first result
 * (Resource Timing): what came over the wire, compressed.
 * The in-page scripts are plain JavaScript strings: functions passed to the page would be
 * transpiled by tsx, whose helpers do not exist there.
 */
import type { Browser } from 'playwright-core';

export type Engine = 'ours' | 'pagefind';

export interface Network {
  name: string;
  /** CDP values: bytes per second, ms. */
  latency: number;
  downloadThroughput: number;
  uploadThroughput: number;
}

/** Lighthouse's mobile profile: 1.6 Mbit/s down, 750 kbit/s up, 150 ms RTT (1 kbit = 1,024 bit, as DevTools). */
export const SLOW_4G: Network = { name: '1.6 Mbit/s', latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

export interface Fetched {
  path: string;
  /** encodedBodySize: the body as sent (gzip where the server compressed it). */
  bytes: number;
  /** When the response ended, ms after start. */
  end: number;
}

export interface BrowserRun {
  /** Start to first result, ms. */
  ms: number;
  /** Sum of `fetched[].bytes`. */
  bytes: number;
  fetched: Fetched[];
  /** Engine phases, ms after start (ours: bundle, manifest, searcher, results; Pagefind: module, options, search, data). */
  phases: Record<string, number>;
  count: number;
  first: string;
}

const RESOURCES = `(t0) => performance.getEntriesByType('resource')
  .filter((e) => e.startTime >= t0 - 1)
  .map((e) => ({ path: new URL(e.name).pathname, bytes: e.encodedBodySize, end: e.responseEnd - t0 }))`;

const probe = (query: string, body: string): string => `(async () => {
  performance.setResourceTimingBufferSize(100000);
  const query = ${JSON.stringify(query)};
  const t0 = performance.now();
  ${body}
  const ms = performance.now() - t0;
  return { ms, phases, count, first, fetched: (${RESOURCES})(t0) };
})()`;

const OURS = (query: string): string =>
  probe(
    query,
    `const m = await import('/ours.js');
  const bundle = performance.now() - t0;
  const r = await m.firstSearch(query);
  const phases = { bundle, manifest: bundle + r.manifest, searcher: bundle + r.searcher, results: bundle + r.results };
  const count = r.count;
  const first = r.first;`,
  );

const PAGEFIND = (query: string): string =>
  probe(
    query,
    `const pf = await import('/pagefind/pagefind.js');
  const module = performance.now() - t0;
  await pf.options({ noWorker: true });
  const options = performance.now() - t0;
  const s = await pf.search(query);
  const search = performance.now() - t0;
  const d = s.results.length ? await s.results[0].data() : undefined;
  const phases = { module, options, search, data: performance.now() - t0 };
  const count = s.results.length;
  const first = d ? d.url : '';`,
  );

/** One run in a fresh context: load the harness page, then time the first search. */
export async function runOnce(browser: Browser, baseUrl: string, engine: Engine, query: string, cpu: number, network: Network | undefined): Promise<BrowserRun> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    if (network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: network.latency,
        downloadThroughput: network.downloadThroughput,
        uploadThroughput: network.uploadThroughput,
      });
    }
    await page.goto(`${baseUrl}/${engine}.html`, { waitUntil: 'load', timeout: 120_000 });
    const run = (await page.evaluate(engine === 'ours' ? OURS(query) : PAGEFIND(query))) as Omit<BrowserRun, 'bytes'>;
    return { ...run, bytes: run.fetched.reduce((s, f) => s + f.bytes, 0) };
  } finally {
    await context.close();
  }
}
