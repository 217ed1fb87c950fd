/**
 * Benchmark of site search (src/lib/search, index built by src/plugins/terbit) over a build.
 *   npm run build && npm run bench:cari
 *   options: --root DIR      build to read (default build/); the English site is DIR/en
 *            --easyops DIR   a build of the same docs with @easyops-cn/docusaurus-search-local,
 *                            made with scripts/bench/docusaurus.easyops.config.ts
 *                            (default /tmp/build-easyops; skipped when missing)
 *            --ulang N       timed passes over the labelled queries (default 20)
 * Prints, per locale, the bytes the browser fetches for the first search (manifest, index,
 * search JS chunks; snippets come after the first results), query latency in Node, and
 * MRR@10 / recall@5 on tests/search/kueri.json, and the same size and relevance for easyops'
 * index on the same docs. Marks missed targets; always exits 0 when it ran.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createSearcher, type SearchOptions, type Searcher } from '../../src/lib/search/query';
import type { IndexManifest } from '../../src/lib/search/compact-index';
import { measure, type LabelledQuery } from '../../src/lib/search/relevance';

type Relevance = Awaited<ReturnType<typeof measure>>;
import { AMBANG } from '../../tests/search/ambang';
import { loadEasyops } from './easyops';
import { gzipSize, latency, machineLine, mark, median, runBenchmark, table, type Latency } from './harness';

const ROOT = join(import.meta.dirname, '..', '..');

const { values: arg } = parseArgs({
  options: {
    root: { type: 'string', default: join(ROOT, 'build') },
    easyops: { type: 'string', default: '/tmp/build-easyops' },
    ulang: { type: 'string', default: '20' },
  },
});
const BUILD = arg.root as string;
const EASYOPS = arg.easyops as string;
const ULANG = Math.max(1, Number(arg.ulang));

/** Targets from the search issue; the quality floors are the tests' own (tests/search/ambang.json). */
const TARGET = {
  rasioEasyops: 0.25,
  mrrKueri: AMBANG.mrrKueri,
  mrrTypo: AMBANG.mrrTypo,
  /** The search issue's goal for the whole labelled set, which the tests now hold as their floor. */
  mrrSemua: AMBANG.mrrSemua,
  recallSemua: AMBANG.recallSemua,
  p95Ms: 5,
  pertamaKB: 60,
};
/** KB means 1,024 bytes throughout. */
const KB = 1024;

// ---------------------------------------------------------------- helpers
const f0 = (x: number): string => Math.round(x).toLocaleString('en-US');
const f2 = (x: number): string => x.toFixed(2);
const f3 = (x: number): string => x.toFixed(3);
const kb = (x: number): string => `${(x / KB).toFixed(1)} KB`;
const b = (x: number): string => `${f0(x)} B`;
interface Ukuran {
  mentah: number;
  gz: number;
}
function ukuran(file: string): Ukuran {
  const buf = readFileSync(file);
  return { mentah: buf.length, gz: gzipSize(buf) };
}

// ---------------------------------------------------------------- our build, per locale
interface Chunk {
  file: string;
  mentah: number;
  gz: number;
}

interface Lokal {
  nama: string;
  dir: string;
  manifest: IndexManifest;
  manifestBytes: Ukuran;
  /** The dictionary, fetched before the first result. */
  kamus: Ukuran;
  /** Every file of the index folder. */
  semua: Ukuran & { files: number };
  chunk: Chunk[];
  /** A searcher over the build's files that records which files each search fetched. */
  pencari: Searcher;
  dimuat: Set<string>;
}

/**
 * The JS the search loads on first use: the chunks that the code fetching `indeks-cari.json`
 * loads with its dynamic import (`Promise.all([n.e(4075), …])` or `n.e(4075).then(…)` in the main bundle).
 */
function chunkCari(dir: string): Chunk[] {
  const jsDir = join(dir, 'assets', 'js');
  const semua = readdirSync(jsDir).filter((f) => f.endsWith('.js'));
  const id = new Set<string>();
  for (const f of semua) {
    const isi = readFileSync(join(jsDir, f), 'utf8');
    for (let i = isi.indexOf('indeks-cari.json'); i >= 0; i = isi.indexOf('indeks-cari.json', i + 1)) {
      const sebelum = isi.slice(Math.max(0, i - 400), i);
      for (const m of sebelum.matchAll(/\.e\("?(\d+)"?\)/g)) id.add(m[1] as string);
    }
  }
  return semua.filter((f) => id.has(f.split('.')[0] as string)).map((f) => ({ file: `assets/js/${f}`, ...ukuran(join(jsDir, f)) }));
}

async function bacaLokal(nama: string, dir: string): Promise<Lokal | string> {
  const mPath = join(dir, 'indeks-cari.json');
  if (!existsSync(mPath)) return `no ${mPath} (this build has no ${nama} locale; \`npm run build\` builds both)`;
  const manifest = JSON.parse(readFileSync(mPath, 'utf8')) as IndexManifest;
  const folder = join(dir, manifest.dasar);
  const files = readdirSync(folder);
  const semua = files.reduce(
    (acc, f) => {
      const u = ukuran(join(folder, f));
      return { mentah: acc.mentah + u.mentah, gz: acc.gz + u.gz, files: acc.files + 1 };
    },
    { mentah: 0, gz: 0, files: 0 },
  );
  const dimuat = new Set<string>();
  const pencari = await createSearcher(async (name) => {
    dimuat.add(name);
    return JSON.parse(readFileSync(join(folder, name), 'utf8')) as unknown;
  });
  return { nama, dir, manifest, manifestBytes: ukuran(mPath), kamus: ukuran(join(folder, 'kamus.json')), semua, chunk: chunkCari(dir), pencari, dimuat };
}

/** Gzip bytes of the index files a query fetches on a fresh page (dictionary included), and how many files. */
async function bytesPertama(l: Lokal, q: string, o: SearchOptions): Promise<{ gz: number; files: number }> {
  const segar = await bacaLokal(l.nama, l.dir);
  if (typeof segar === 'string') return { gz: 0, files: 0 };
  await segar.pencari.cari(q, o);
  let gz = 0;
  for (const f of segar.dimuat) gz += ukuran(join(l.dir, l.manifest.dasar, f)).gz;
  return { gz, files: segar.dimuat.size };
}

// ---------------------------------------------------------------- timing
const latensiTeks = (l: Latency): string => `p50 ${f3(l.p50)}, p95 ${f3(l.p95)}, max ${f2(l.max)} ms`;

// ---------------------------------------------------------------- run
async function main(): Promise<number> {
  console.log('Search benchmark (scripts/bench/cari.ts)');
  console.log(machineLine());
  console.log(`build ${BUILD}; easyops build ${EASYOPS}; ${ULANG} timed passes`);
  console.log('sizes: bytes on disk and gzip -9 (Node zlib); 1 KB = 1,024 bytes');
  console.log('');

  const id = await bacaLokal('id', BUILD);
  const lokal = [id, await bacaLokal('en', join(BUILD, 'en'))];
  if (typeof id === 'string') {
    console.log(`${id}; run npm run build`);
    return 0;
  }

  // Sizes, and what the first search fetches: "lapor" typed in the navbar box (typing mode, 8 results).
  const pertama = new Map<string, number>();
  const baris: string[][] = [];
  for (const l of lokal) {
    if (typeof l === 'string') {
      baris.push(['en', l, '', '']);
      continue;
    }
    const js = l.chunk.reduce((n, c) => n + c.gz, 0);
    const lapor = await bytesPertama(l, 'lapor', { mengetik: true, batas: 8 });
    pertama.set(l.nama, l.manifestBytes.gz + js + lapor.gz);
    baris.push([l.nama, `manifest indeks-cari.json (${l.manifest.dokumen} sections)`, b(l.manifestBytes.mentah), b(l.manifestBytes.gz)]);
    baris.push([l.nama, `dictionary ${l.manifest.dasar}kamus.json`, b(l.kamus.mentah), b(l.kamus.gz)]);
    baris.push([l.nama, `whole index folder (${l.semua.files} files; never fetched whole, except by the offline copy)`, b(l.semua.mentah), b(l.semua.gz)]);
    for (const c of l.chunk) baris.push([l.nama, `search JS ${c.file}`, b(c.mentah), b(c.gz)]);
    baris.push([l.nama, `"lapor" while typing: dictionary + postings + fragments (${lapor.files} files)`, '', b(lapor.gz)]);
    baris.push([l.nama, 'first search = manifest + search JS + those files', '', `${b(pertama.get(l.nama) as number)} = ${kb(pertama.get(l.nama) as number)}`]);
  }
  console.log(table(['locale', 'file', 'raw', 'gzip -9'], baris));
  console.log('');

  // Load time (the dictionary), then latency and relevance on the id index.
  const waktuMuat: number[] = [];
  for (let r = 0; r < 7; r += 1) {
    const t = performance.now();
    await bacaLokal('id', BUILD);
    waktuMuat.push(performance.now() - t);
  }
  const P = id.pencari;
  const en = typeof lokal[1] === 'string' ? undefined : (lokal[1] as Lokal).pencari;

  const set = JSON.parse(readFileSync(join(ROOT, 'tests', 'search', 'kueri.json'), 'utf8')) as { kueri: (LabelledQuery & { jenis: string })[]; typo: LabelledQuery[] };
  const segar = (JSON.parse(readFileSync(join(ROOT, 'tests', 'search', 'kueri-segar.json'), 'utf8')) as { kueri: (LabelledQuery & { jenis: string })[] }).kueri;
  const JENIS = [...new Set(set.kueri.map((k) => k.jenis))];
  /** Page-level labels: the section anchors dropped, so any section of a labelled page counts. */
  const keHalaman = (ks: readonly LabelledQuery[]): LabelledQuery[] => ks.map((k) => ({ q: k.q, relevan: [...new Set(k.relevan.map((u) => u.split('#')[0] as string))] }));
  const semuaQ = [...set.kueri, ...set.typo].map((k) => k.q);
  const ketikan = semuaQ.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1))).filter((q) => q.trim());

  const cari = (o: SearchOptions) => (q: string) => P.cari(q, o);
  const latPenuh = await latency(semuaQ, cari({}), ULANG);
  const latKetik = await latency(semuaQ, cari({ mengetik: true, batas: 8 }), ULANG);
  const latTombol = await latency(ketikan, cari({ mengetik: true, batas: 8 }), Math.max(1, Math.floor(ULANG / 4)));

  const url = (o: SearchOptions) => async (q: string) => (await P.cari(q, o)).map((h) => h.dokumen.url);
  const qKueri = await measure(set.kueri, url({}));
  const qTypo = await measure(set.typo, url({}));
  const qKueriKetik = await measure(set.kueri, url({ mengetik: true, batas: 8 }));
  const qTypoKetik = await measure(set.typo, url({ mengetik: true, batas: 8 }));
  const localeOf = new Map(segar.map((k) => [k.q, k.locale ?? 'id']));
  const urlLokal = async (q: string): Promise<string[]> => (await ((localeOf.get(q) === 'en' ? en : P) ?? P).cari(q)).map((h) => h.dokumen.url);
  const qSegar = await measure(segar, urlLokal);
  const qSemua = await measure([...set.kueri, ...set.typo, ...segar], urlLokal);
  const JENIS_SEGAR = [...new Set(segar.map((k) => k.jenis))];

  console.log(
    `id index: manifest-less load of the dictionary (JSON.parse + maps) median ${f2(median(waktuMuat))} ms, first ${f2(waktuMuat[0] as number)} ms (7 runs); nothing is rebuilt`,
  );
  console.log('');
  console.log(
    table(
      ['Node latency, id index (files read from disk)', 'searches', 'latency', 'target', ''],
      [
        [`whole queries, cari(q) (kueri + typo, ×${ULANG})`, f0(latPenuh.n), latensiTeks(latPenuh), `p95 < ${TARGET.p95Ms} ms`, mark(latPenuh.p95 < TARGET.p95Ms)],
        [`whole queries, typing mode {mengetik, batas 8}`, f0(latKetik.n), latensiTeks(latKetik), `p95 < ${TARGET.p95Ms} ms`, mark(latKetik.p95 < TARGET.p95Ms)],
        [`every keystroke prefix, typing mode (×${Math.max(1, Math.floor(ULANG / 4))})`, f0(latTombol.n), latensiTeks(latTombol), '(info)', ''],
      ],
    ),
  );
  console.log('');
  console.log('fresh queries (tests/search/kueri-segar.json), English ones on the en index:');
  for (const j of JENIS_SEGAR) {
    const r = await measure(
      segar.filter((k) => k.jenis === j),
      urlLokal,
    );
    console.log(`  ${j}: MRR@10 ${f3(r.mrr)}, recall@5 ${f3(r.recall)}`);
  }
  console.log(`  all fresh (${segar.length}): MRR@10 ${f3(qSegar.mrr)}, recall@5 ${f3(qSegar.recall)}`);
  console.log(`  whole set (${set.kueri.length + set.typo.length + segar.length}): MRR@10 ${f3(qSemua.mrr)}, recall@5 ${f3(qSemua.recall)}`);
  console.log('');

  // easyops, through its own worker code (scripts/bench/easyops.ts)
  interface Easy {
    version: string;
    file: string;
    ukuran: Ukuran;
    dok: number[];
    q10: Relevance;
    t10: Relevance;
    q8: Relevance;
    t8: Relevance;
    lat: Latency;
    muatMs: number;
    samaDocs: boolean;
    fn10: (q: string) => string[];
  }
  let easy: Easy | string;
  const easyFile = existsSync(EASYOPS) ? readdirSync(EASYOPS).filter((f) => /^search-index.*\.json$/.test(f)) : [];
  if (easyFile.length === 0) {
    easy = `no search-index*.json in ${EASYOPS}; build it with: npx docusaurus build --config scripts/bench/docusaurus.easyops.config.ts --out-dir ${EASYOPS} --locale id`;
  } else {
    const file = join(EASYOPS, easyFile[0] as string);
    const teks = readFileSync(file, 'utf8');
    const peer = await loadEasyops(EASYOPS);
    // Its search is async (a worker's); the relevance measure is synchronous, so the results of
    // every labelled query are collected first.
    const hasil = new Map<string, string[]>();
    for (const limit of [8, 10]) for (const q of semuaQ) hasil.set(`${limit}\u0000${q}`, await peer.search(q, limit));
    const fn = (limit: number) => (q: string) => hasil.get(`${limit}\u0000${q}`) ?? [];
    // Our index in the easyops build, from the same docs: the same file means the same content.
    const mEasy = join(EASYOPS, 'indeks-cari.json');
    const samaDocs = existsSync(mEasy) && (JSON.parse(readFileSync(mEasy, 'utf8')) as IndexManifest).dasar === id.manifest.dasar;
    easy = {
      version: peer.version,
      file: easyFile.join(', '),
      ukuran: { mentah: statSync(file).size, gz: gzipSize(teks) },
      dok: (JSON.parse(teks) as { documents: unknown[] }[]).map((x) => x.documents.length),
      q10: await measure(set.kueri, fn(10)),
      t10: await measure(set.typo, fn(10)),
      q8: await measure(set.kueri, fn(8)),
      t8: await measure(set.typo, fn(8)),
      lat: await latency(semuaQ, (q) => peer.search(q, 8), Math.max(1, Math.floor(ULANG / 4))),
      muatMs: peer.loadMs,
      samaDocs,
      fn10: fn(10),
    };
  }

  if (typeof easy === 'string') console.log(`easyops comparison skipped: ${easy}`);
  else {
    console.log(
      `@easyops-cn/docusaurus-search-local ${easy.version} (its own worker code), id locale: ${easy.file} (${easy.dok.join(' / ')} title / heading / description / keywords / content docs)`,
    );
    console.log(
      `  raw ${b(easy.ukuran.mentah)}, gzip -9 ${b(easy.ukuran.gz)}; fetch, parse and lunr.Index.load of all five ${f2(easy.muatMs)} ms; Node latency (limit 8) ${latensiTeks(easy.lat)}`,
    );
    console.log(`  our index in that build is ${easy.samaDocs ? 'the same file as ours (same docs)' : 'NOT the same file as ours: docs differ'}`);
  }
  console.log('');

  const rasio = typeof easy === 'string' ? Number.NaN : id.semua.gz / easy.ukuran.gz;
  const rel = (r: Relevance): string => `MRR@10 ${f3(r.mrr)}, recall@5 ${f3(r.recall)}`;
  const relBaris: string[][] = [
    [`ours, cari(q) — kueri (${set.kueri.length})`, rel(qKueri), `MRR ≥ ${TARGET.mrrKueri}`, mark(qKueri.mrr >= TARGET.mrrKueri)],
    [`ours, cari(q) — typo (${set.typo.length})`, rel(qTypo), `MRR ≥ ${TARGET.mrrTypo}`, mark(qTypo.mrr >= TARGET.mrrTypo)],
    ['ours, typing mode, 8 results — kueri', rel(qKueriKetik), '(info)', ''],
    ['ours, typing mode, 8 results — typo', rel(qTypoKetik), '(info)', ''],
  ];
  if (typeof easy !== 'string') {
    relBaris.push(
      ['easyops, limit 10 — kueri', rel(easy.q10), '(comparison)', ''],
      ['easyops, limit 10 — typo', rel(easy.t10), '(comparison)', ''],
      ['easyops, limit 8 (navbar default) — kueri', rel(easy.q8), '(comparison)', ''],
      ['easyops, limit 8 (navbar default) — typo', rel(easy.t8), '(comparison)', ''],
    );
  }
  console.log(table(['relevance (tests/search/kueri.json)', 'result', 'target', ''], relBaris));
  console.log('');
  // Per kind of query, and at page level (a result counts when it is on a labelled page).
  type FnUrl = (q: string) => string[] | Promise<string[]>;
  const perJenis = async (fn: FnUrl): Promise<string[]> => {
    const out: string[] = [];
    for (const j of JENIS) {
      const r = await measure(
        set.kueri.filter((k) => k.jenis === j),
        fn,
      );
      out.push(`${f2(r.mrr)} / ${f2(r.recall)}`);
    }
    return out;
  };
  const easyFn: FnUrl | undefined = typeof easy === 'string' ? undefined : easy.fn10;
  console.log(
    table(
      ['kueri by kind: MRR@10 / recall@5', ...JENIS.map((j) => `${j} (${set.kueri.filter((k) => k.jenis === j).length})`), 'page level, kueri', 'page level, typo'],
      [
        ['ours, cari(q)', ...(await perJenis(url({}))), rel(await measure(keHalaman(set.kueri), url({}))), rel(await measure(keHalaman(set.typo), url({})))],
        ...(easyFn ? [['easyops, limit 10', ...(await perJenis(easyFn)), rel(await measure(keHalaman(set.kueri), easyFn)), rel(await measure(keHalaman(set.typo), easyFn))]] : []),
      ],
    ),
  );
  console.log('');
  const gagal = (nama: string, r: Relevance): void => {
    if (r.gagal.length) console.log(`${nama}: no relevant result in the first 5 for ${r.gagal.length}: ${r.gagal.map((q) => `"${q}"`).join(', ')}`);
  };
  gagal('ours, kueri', qKueri);
  gagal('ours, typo', qTypo);
  if (typeof easy !== 'string') {
    gagal('easyops (limit 10), kueri', easy.q10);
    gagal('easyops (limit 10), typo', easy.t10);
  }
  console.log('');

  // Targets
  const targetBaris: string[][] = [
    [
      'whole index gzip ≤ ¼ of easyops (id)',
      typeof easy === 'string' ? 'n/a' : `${b(id.semua.gz)} / ${b(easy.ukuran.gz)} = ${f3(rasio)}`,
      typeof easy === 'string' ? 'n/a (no easyops build)' : mark(rasio <= TARGET.rasioEasyops),
    ],
    [`MRR@10 ≥ ${TARGET.mrrKueri} (kueri)`, f3(qKueri.mrr), mark(qKueri.mrr >= TARGET.mrrKueri)],
    [`MRR@10 ≥ ${TARGET.mrrTypo} (typo)`, f3(qTypo.mrr), mark(qTypo.mrr >= TARGET.mrrTypo)],
    [
      `whole set: MRR@10 ≥ ${TARGET.mrrSemua}, recall@5 ≥ ${TARGET.recallSemua} (search issue)`,
      `${f3(qSemua.mrr)}, ${f3(qSemua.recall)}`,
      mark(qSemua.mrr >= TARGET.mrrSemua && qSemua.recall >= TARGET.recallSemua),
    ],
    ['p95 < 5 ms in Node (whole queries; typing mode)', `${f3(latPenuh.p95)}; ${f3(latKetik.p95)} ms`, mark(latPenuh.p95 < TARGET.p95Ms && latKetik.p95 < TARGET.p95Ms)],
    ...lokal.flatMap((l) =>
      typeof l === 'string' ? [] : [[`first search < 60 KB gzip (${l.nama})`, kb(pertama.get(l.nama) ?? 0), mark((pertama.get(l.nama) ?? 0) < TARGET.pertamaKB * KB)]],
    ),
  ];
  console.log(table(['target', 'measured', ''], targetBaris));
  return 0;
}

runBenchmark(main);
