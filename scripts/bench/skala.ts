/**
 * Scale benchmark of site search: our engine (src/lib/search, unchanged) against Pagefind on
 * synthetic corpora of N× today's sections, after the method of
 * ../shared/reviews/2026-12-search-scale.md (§1 Method, §3 Scale), simplified.
 *   npx tsx scripts/bench/skala.ts [--skala 1,10,100] [--putaran 3] [--cpu 4] [--kata lapor]
 *                                  [--benih 1] [--lulus 3] [--root build]
 * Needs a build (npm run build) and Chromium; without them it says so and exits 0.
 *
 * For each scale N it writes /tmp/skala-N/: N variants of every real section
 * (scripts/bench/skala/corpus.ts), our index as the build writes it, one HTML page per synthetic
 * page indexed by Pagefind's Node API, and two empty harness pages (scripts/bench/skala/site.ts).
 * Then it measures, served with gzip (scripts/bench/skala/server.ts), in Chromium at 4× CPU,
 * 360×740, a fresh context per run (scripts/bench/skala/browser.ts):
 *   - time to first result (TTFR) for the query, ours in typing mode (8 results) and Pagefind
 *     (search, then data() of result 1), without network throttling and at 1.6 Mbit/s
 *     down / 750 kbit/s up / 150 ms RTT; median of --putaran runs, engines alternating;
 *   - first-search bytes: encodedBodySize of everything fetched from start to first result
 *     (ours: bundle, manifest, dictionary, shards, fragments; Pagefind: pagefind.js, entry,
 *     wasm, meta, index chunk, fragment);
 * and in Node the p95 latency of our whole queries over tests/search/kueri.json (`kueri`).
 * Targets marked at 10× and 100×: our first search ≤ 150 KB gzip, and our local TTFR ≤ Pagefind's.
 * Measures are printed, never asserted: exit 0 when it ran.
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { fromFiles } from '../../src/lib/search/compact-index';
import { createSearcher } from '../../src/lib/search/query';
import { gzipSize, hasBuildAndChromium, latency, machineLine, mark, median, runBenchmark, table, type Latency } from './harness';
import { SLOW_4G, runOnce, type BrowserRun, type Engine, type Network } from './skala/browser';
import { CorpusGenerator, compareWithShipped, readRealCorpus, snapshotBuild } from './skala/corpus';
import { loadPlaces } from './skala/places';
import { serveStatic } from './skala/server';
import { bundleClient, closePagefind, writeCorpus, writeHarness, writeOurIndex, writePagefind, type OurIndex, type PagefindBundle } from './skala/site';

const ROOT = join(import.meta.dirname, '..', '..');

const { values: arg } = parseArgs({
  options: {
    skala: { type: 'string', default: '1,10,100' },
    putaran: { type: 'string', default: '3' },
    cpu: { type: 'string', default: '4' },
    kata: { type: 'string', default: 'lapor' },
    benih: { type: 'string', default: '1' },
    lulus: { type: 'string', default: '3' },
    root: { type: 'string', default: join(ROOT, 'build') },
  },
});
const SCALES = (arg.skala as string)
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0);
const RUNS = Math.max(1, Number(arg.putaran));
const CPU = Math.max(1, Number(arg.cpu));
const QUERY = arg.kata as string;
const SEED = Number(arg.benih);
const PASSES = Math.max(1, Number(arg.lulus));
const BUILD = arg.root as string;
/** The copy of the build that is read (see main). */
const SNAPSHOT = '/tmp/skala-build';

/** Targets, checked at these scales. */
const TARGET_SCALES = [10, 100];
const MAX_FIRST_SEARCH = 150 * 1024;
const CONDITIONS: (Network | undefined)[] = [undefined, SLOW_4G];
const conditionName = (n: Network | undefined): string => n?.name ?? 'local';

const kb = (b: number): string => (b >= 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(2)} MB` : `${(b / 1024).toFixed(1)} KB`);
const ms = (x: number): string => (Number.isFinite(x) ? `${Math.round(x).toLocaleString('en-US')} ms` : 'n/a');
const sec = (x: number): string => `${(x / 1000).toFixed(1)} s`;
const int = (n: number): string => n.toLocaleString('en-US');

/** Times an async step and records it under `label`. */
async function timed<T>(steps: [string, number][], label: string, fn: () => Promise<T>): Promise<T> {
  const t = performance.now();
  try {
    return await fn();
  } finally {
    steps.push([label, performance.now() - t]);
  }
}

interface Runs {
  ok: BrowserRun[];
  errors: string[];
}

interface ScaleResult {
  scale: number;
  sections: number;
  pages: number;
  ours: OurIndex;
  pagefind?: PagefindBundle;
  pagefindError?: string;
  /** engine → condition → runs. */
  runs: Record<Engine, Record<string, Runs>>;
  nodeP95: Latency;
  nodeFirst: string;
  steps: [string, number][];
}

async function browserRuns(browser: Browser, url: string, engines: Engine[]): Promise<ScaleResult['runs']> {
  const runs: ScaleResult['runs'] = { ours: {}, pagefind: {} };
  for (const network of CONDITIONS) {
    const name = conditionName(network);
    for (const e of engines) runs[e][name] = { ok: [], errors: [] };
    // One unrecorded run per engine warms the server's gzip cache and Chromium's code caches.
    for (const e of engines) await runOnce(browser, url, e, QUERY, CPU, undefined).catch(() => undefined);
    for (let r = 0; r < RUNS; r += 1) {
      for (const e of r % 2 ? [...engines].reverse() : engines) {
        const slot = runs[e][name] as Runs;
        try {
          slot.ok.push(await runOnce(browser, url, e, QUERY, CPU, network));
        } catch (err) {
          slot.errors.push((err as Error).message.split('\n')[0] ?? String(err));
        }
      }
    }
  }
  return runs;
}

/** What every scale shares. */
interface Setup {
  browser: Browser;
  gen: CorpusGenerator;
  /** Our search bundle (scripts/bench/skala/client.ts). */
  bundle: string;
  /** tests/search/kueri.json, `kueri`. */
  queries: string[];
  pagefindVersion: string;
}

async function measureScale({ browser, gen, bundle, queries, pagefindVersion }: Setup, scale: number): Promise<ScaleResult> {
  const steps: [string, number][] = [];
  const dir = `/tmp/skala-${scale}`;
  const htmlDir = join(dir, 'html');
  const siteDir = join(dir, 'site');
  await rm(dir, { recursive: true, force: true });
  await mkdir(siteDir, { recursive: true });

  const corpus = await timed(steps, 'corpus + HTML', () => writeCorpus(gen, scale, htmlDir));
  const ours = await timed(steps, 'our index (build + write)', () => writeOurIndex(siteDir, corpus.documents));
  const sections = corpus.documents.length;
  corpus.documents.length = 0; // the texts are in the index now; free them before Pagefind runs
  let pagefind: PagefindBundle | undefined;
  let pagefindError: string | undefined;
  try {
    pagefind = await timed(steps, 'Pagefind index', () => writePagefind(htmlDir, siteDir, pagefindVersion));
  } catch (err) {
    pagefindError = (err as Error).message;
  }
  await writeHarness(siteDir, bundle);

  const server = await serveStatic(siteDir);
  let runs: ScaleResult['runs'];
  try {
    runs = await timed(steps, 'browser runs', () => browserRuns(browser, server.url, pagefind ? ['ours', 'pagefind'] : ['ours']));
  } finally {
    await server.close();
  }

  const { nodeP95, nodeFirst } = await timed(steps, 'Node latency', async () => {
    const searcher = await createSearcher(fromFiles(ours.files));
    const first = (await searcher.cari(QUERY, { mengetik: true, batas: 8 }))[0]?.dokumen.url ?? '';
    return { nodeP95: await latency(queries, (q) => searcher.cari(q), PASSES), nodeFirst: first };
  });
  return { scale, sections, pages: corpus.pages, ours, pagefind, pagefindError, runs, nodeP95, nodeFirst, steps };
}

const medianOf = (r: Runs | undefined, f: (x: BrowserRun) => number): number => (r && r.ok.length ? median(r.ok.map(f)) : Number.NaN);
const spread = (r: Runs | undefined): string => (r && r.ok.length ? r.ok.map((x) => Math.round(x.ms)).join(' / ') : 'n/a');

/** Groups a run's files into kinds, with count and bytes: "kamus.json 2.1 KB; k*.json ×2 4.0 KB; h*.json ×3 12.0 KB". */
function fetchedSummary(run: BrowserRun | undefined): string {
  if (!run) return 'n/a';
  const groups = new Map<string, { n: number; bytes: number }>();
  for (const f of run.fetched) {
    const base = f.path.slice(f.path.lastIndexOf('/') + 1);
    const pagefindKind = /\.pf_\w+$/.exec(base)?.[0];
    const key = pagefindKind ? `*${pagefindKind}` : base.replace(/^(h|d|k)\d+\.json$/, '$1*.json').replace(/^e\d+-\d+\.json$/, 'e*.json');
    const g = groups.get(key) ?? { n: 0, bytes: 0 };
    g.n += 1;
    g.bytes += f.bytes;
    groups.set(key, g);
  }
  return [...groups].map(([k, g]) => `${k}${g.n > 1 ? ` ×${g.n}` : ''} ${kb(g.bytes)}`).join('; ');
}

function phases(r: Runs | undefined): string {
  const first = r?.ok[0];
  if (!r || !first) return 'n/a';
  return Object.keys(first.phases)
    .map((k) => `${k} ${ms(median(r.ok.map((x) => x.phases[k] ?? Number.NaN)))}`)
    .join(', ');
}

interface Check {
  scale: number;
  what: string;
  ok: boolean;
}

function report(r: ScaleResult, checks: Check[], queryCount: number): void {
  const o = r.runs.ours;
  const p = r.runs.pagefind;
  const targeted = TARGET_SCALES.includes(r.scale);
  const oursBytes = medianOf(o.local, (x) => x.bytes);
  const pfBytes = medianOf(p.local, (x) => x.bytes);
  const oursLocal = medianOf(o.local, (x) => x.ms);
  const pfLocal = medianOf(p.local, (x) => x.ms);
  const bytesOk = oursBytes <= MAX_FIRST_SEARCH;
  const ttfrOk = oursLocal <= pfLocal;
  if (targeted) {
    checks.push({ scale: r.scale, what: 'first search ≤ 150 KB', ok: bytesOk });
    checks.push({ scale: r.scale, what: 'TTFR local ≤ Pagefind', ok: ttfrOk });
  }
  const target = (s: string): string => (targeted ? s : 'not a target at this scale');
  const pf = r.pagefind;
  console.log(`\n## ${r.scale}× — ${int(r.sections)} sections on ${int(r.pages)} pages (${`/tmp/skala-${r.scale}`})`);
  console.log(
    table(
      ['Measure', 'Ours', 'Pagefind', 'Target'],
      [
        ['Sections / pages indexed', int(r.sections), pf ? `${int(pf.pages)} pages` : 'n/a', ''],
        ['Index on disk, raw', `${kb(r.ours.raw)} in ${int(r.ours.files.size)} files`, pf ? `${kb(pf.bytes)} in ${int(pf.files)} files` : 'n/a', ''],
        ['Index on disk, gzip -9 per file', kb(r.ours.gzip), 'pre-compressed', ''],
        ['Dictionary, whole: kamus.json + k*.json, gzip', `${kb(r.ours.dictionaryGzip)} (${r.ours.dictionaryChunks} chunk${r.ours.dictionaryChunks === 1 ? '' : 's'})`, '', ''],
        [`First search "${QUERY}", bytes fetched`, kb(oursBytes), kb(pfBytes), target(`ours ≤ 150 KB: ${mark(bytesOk)}`)],
        [`TTFR ${CPU}× CPU, local`, ms(oursLocal), ms(pfLocal), target(`ours ≤ Pagefind: ${mark(ttfrOk)}`)],
        [`TTFR ${CPU}× CPU, ${SLOW_4G.name}`, ms(medianOf(o[SLOW_4G.name], (x) => x.ms)), ms(medianOf(p[SLOW_4G.name], (x) => x.ms)), ''],
        [`p95 query, Node (${queryCount} kueri × ${PASSES})`, `${r.nodeP95.p95.toFixed(1)} ms`, 'not measured', ''],
      ],
    ),
  );
  console.log(`runs, ms (local | ${SLOW_4G.name}): ours ${spread(o.local)} | ${spread(o[SLOW_4G.name])}; Pagefind ${spread(p.local)} | ${spread(p[SLOW_4G.name])}`);
  console.log(`phases, local medians, ms after start: ours ${phases(o.local)}; Pagefind ${phases(p.local)}`);
  console.log(`fetched (local, run 1): ours ${fetchedSummary(o.local?.ok[0])}`);
  console.log(`                        Pagefind ${fetchedSummary(p.local?.ok[0])}`);
  const firstOurs = o.local?.ok[0];
  const firstPf = p.local?.ok[0];
  console.log(
    `first result: ours ${firstOurs?.first ?? 'n/a'} (${firstOurs?.count ?? 0} results; Node: ${r.nodeFirst || 'none'}), Pagefind ${firstPf?.first ?? 'n/a'} (${firstPf?.count ?? 0} pages)`,
  );
  console.log(`steps: ${r.steps.map(([k, t]) => `${k} ${sec(t)}`).join(', ')}`);
  if (r.pagefindError) console.log(`Pagefind FAILED: ${r.pagefindError}`);
  for (const [engine, byCondition] of Object.entries(r.runs))
    for (const [condition, runs] of Object.entries(byCondition))
      if (runs.errors.length) console.log(`${engine}, ${condition}: ${runs.errors.length} run(s) failed: ${runs.errors.join(' | ')}`);
}

async function main(): Promise<number> {
  if (SCALES.length === 0) {
    console.log('--skala needs positive whole numbers, e.g. --skala 1,10,100');
    return 0;
  }
  const started = performance.now();
  // Read a copy: another build may be running in the same tree (it empties build/ first).
  if (!(await snapshotBuild(BUILD, SNAPSHOT, 180_000))) console.log(`${BUILD} kept changing or is incomplete; no consistent copy after 3 min`);
  if (!hasBuildAndChromium(SNAPSHOT)) return 0;
  const pagefindVersion = (JSON.parse(await readFile(join(ROOT, 'node_modules', 'pagefind', 'package.json'), 'utf8')) as { version: string }).version;
  const queries = (JSON.parse(await readFile(join(ROOT, 'tests', 'search', 'kueri.json'), 'utf8')) as { kueri: { q: string }[] }).kueri.map((k) => k.q);

  const setup: [string, number][] = [['wait for and copy build', performance.now() - started]];
  const real = await timed(setup, 'read build', async () => readRealCorpus(SNAPSHOT, ROOT));
  const places = await timed(setup, 'places', () => loadPlaces(ROOT, real.documents.map((d) => `${d.judul}\n${d.bagian}\n${d.teks}`).join('\n')));
  const gen = new CorpusGenerator(real, places, SEED);
  const shipped = await timed(setup, 'real index check', async () => compareWithShipped(real, SNAPSHOT));
  const bundle = await timed(setup, 'bundle', bundleClient);

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  const results: ScaleResult[] = [];
  const checks: Check[] = [];
  try {
    console.log('Search at scale: ours (src/lib/search) vs Pagefind (scripts/bench/skala.ts)');
    console.log(
      machineLine(
        `Chromium ${browser.version()}`,
        `Pagefind ${pagefindVersion}`,
        `load average ${os
          .loadavg()
          .map((x) => x.toFixed(1))
          .join(' ')}`,
      ),
    );
    console.log(
      `real corpus: ${int(real.documents.length)} sections on ${real.pages.length} pages of ${BUILD} (id; read from a copy in ${SNAPSHOT}), ${real.fromSnippet} with snippet text only; ` +
        (shipped.identical
          ? `re-derived index identical to the shipped ${real.shippedFolder}; `
          : `re-derived index ${shipped.folder} differs from the shipped ${real.shippedFolder} in ${shipped.differ[0]} fragment and ${shipped.differ[1]} other files${shipped.differ[0] ? '' : ' (same sections and text; the index code changed since that build)'}; `) +
        `${gen.placeNames} place names swapped per page variant; seed ${SEED}`,
    );
    console.log(
      `measured: first search for "${QUERY}" (ours: typing mode, 8 results; Pagefind: search + data() of result 1, noWorker) from start to first result, including loading the engine; ` +
        `Chromium, ${CPU}× CPU throttling, 360×740, fresh context per run, median of ${RUNS} runs per condition, engines alternating; ` +
        `bytes = sum of Resource Timing encodedBodySize (gzip -9 for text; Pagefind's index files as they are); ` +
        `${SLOW_4G.name} = ${int(SLOW_4G.downloadThroughput)} B/s down, ${int(SLOW_4G.uploadThroughput)} B/s up, ${SLOW_4G.latency} ms latency; ` +
        `our bundle ${kb(gzipSize(bundle))} gzip; Node p95 over ${queries.length} kueri × ${PASSES} passes after a warm-up pass, in-memory files`,
    );
    console.log(`setup: ${setup.map(([k, t]) => `${k} ${sec(t)}`).join(', ')}`);
    for (const scale of SCALES) {
      try {
        const r = await measureScale({ browser, gen, bundle, queries, pagefindVersion }, scale);
        results.push(r);
        report(r, checks, queries.length);
      } catch (err) {
        console.log(`\n## ${scale}× FAILED: ${(err as Error).stack ?? String(err)}`);
      }
    }
  } finally {
    await browser.close();
    await closePagefind();
  }

  console.log('\n## Summary (medians; TTFR at 4× CPU)');
  console.log(
    table(
      ['Scale', 'Sections', 'Ours bytes', 'Pagefind bytes', 'Ours local', 'Pagefind local', `Ours ${SLOW_4G.name}`, `Pagefind ${SLOW_4G.name}`, 'Ours p95 Node'],
      results.map((r) => [
        `${r.scale}×`,
        int(r.sections),
        kb(medianOf(r.runs.ours.local, (x) => x.bytes)),
        kb(medianOf(r.runs.pagefind.local, (x) => x.bytes)),
        ms(medianOf(r.runs.ours.local, (x) => x.ms)),
        ms(medianOf(r.runs.pagefind.local, (x) => x.ms)),
        ms(medianOf(r.runs.ours[SLOW_4G.name], (x) => x.ms)),
        ms(medianOf(r.runs.pagefind[SLOW_4G.name], (x) => x.ms)),
        `${r.nodeP95.p95.toFixed(1)} ms`,
      ]),
    ),
  );
  const missed = checks.filter((c) => !c.ok);
  console.log(
    checks.length
      ? `targets: ${checks.length - missed.length} of ${checks.length} met${missed.length ? `; ** MISSED **: ${missed.map((c) => `${c.scale}× ${c.what}`).join(', ')}` : ''}`
      : 'targets: none checked (they apply at 10× and 100×)',
  );
  console.log(`total time ${sec(performance.now() - started)}`);
  return 0;
}

runBenchmark(main);
