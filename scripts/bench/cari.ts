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
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import lunr from 'lunr';
import { createSearcher, type SearchOptions, type Searcher } from '../../src/lib/search/cari';
import type { CompactIndex } from '../../src/lib/search/indeks';
import { measure, type LabelledQuery } from '../../src/lib/search/kualitas';
import { AMBANG } from '../../tests/search/ambang';

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
const tanda = (ok: boolean): string => (ok ? 'met' : '** MISSED **');

function tabel(kepala: string[], baris: string[][]): string {
  const lebar = kepala.map((k, i) => Math.max(k.length, ...baris.map((r) => (r[i] ?? '').length)));
  const garis = (r: string[]): string => r.map((x, i) => (i === 0 ? x.padEnd(lebar[i] as number) : x.padStart(lebar[i] as number))).join('  ');
  return [garis(kepala), lebar.map((l) => '-'.repeat(l)).join('  '), ...baris.map(garis)].join('\n');
}

/** Nearest-rank percentile. */
function persentil(xs: ArrayLike<number>, p: number): number {
  const urut = Float64Array.from(xs).sort();
  if (urut.length === 0) return Number.NaN;
  const i = Math.min(urut.length - 1, Math.max(0, Math.ceil((p / 100) * urut.length) - 1));
  return urut[i] as number;
}

const gzip = (buf: Buffer | string): number => gzipSync(buf, { level: 9 }).length;

interface Ukuran {
  mentah: number;
  gz: number;
}
function ukuran(file: string): Ukuran {
  const buf = readFileSync(file);
  return { mentah: buf.length, gz: gzip(buf) };
}

// ---------------------------------------------------------------- our build, per locale
interface Manifest {
  berkas: string;
  cuplikan: string;
  dokumen: number;
}

interface Chunk {
  file: string;
  mentah: number;
  gz: number;
  lunr: boolean;
}

interface Lokal {
  nama: string;
  dir: string;
  manifest: Manifest;
  manifestBytes: Ukuran;
  indeks: Ukuran;
  cuplikan: Ukuran;
  chunk: Chunk[];
  /** Bytes fetched before the first result shows: manifest + index + search JS, gzip -9. */
  pertama: number;
}

/**
 * The JS the search loads on first use. Two ways to find it, both reported: the webpack chunks
 * whose code contains "lunr", and the chunks that the code fetching `indeks-cari.json` loads
 * with its dynamic import (`Promise.all([n.e(4075), n.e(5212)])` in the main bundle).
 */
function chunkCari(dir: string): Chunk[] {
  const jsDir = join(dir, 'assets', 'js');
  const semua = readdirSync(jsDir).filter((f) => f.endsWith('.js'));
  const berLunr = new Set(semua.filter((f) => readFileSync(join(jsDir, f), 'utf8').includes('lunr')));
  const id = new Set<string>();
  for (const f of semua) {
    const isi = readFileSync(join(jsDir, f), 'utf8');
    for (let i = isi.indexOf('indeks-cari.json'); i >= 0; i = isi.indexOf('indeks-cari.json', i + 1)) {
      const sebelum = isi.slice(Math.max(0, i - 400), i);
      const impor = sebelum.lastIndexOf('Promise.all(');
      for (const m of sebelum.slice(Math.max(0, impor)).matchAll(/\.e\((\d+)\)/g)) id.add(m[1] as string);
    }
  }
  const diimpor = new Set(semua.filter((f) => id.has(f.split('.')[0] as string)));
  return semua.filter((f) => berLunr.has(f) || diimpor.has(f)).map((f) => ({ file: `assets/js/${f}`, ...ukuran(join(jsDir, f)), lunr: berLunr.has(f) }));
}

function bacaLokal(nama: string, dir: string): Lokal | string {
  const mPath = join(dir, 'indeks-cari.json');
  if (!existsSync(mPath)) return `no ${mPath} (this build has no ${nama} locale; \`npm run build\` builds both)`;
  const manifest = JSON.parse(readFileSync(mPath, 'utf8')) as Manifest;
  const manifestBytes = ukuran(mPath);
  const indeks = ukuran(join(dir, manifest.berkas));
  const cuplikan = ukuran(join(dir, manifest.cuplikan));
  const chunk = chunkCari(dir);
  const pertama = manifestBytes.gz + indeks.gz + chunk.reduce((s, c) => s + c.gz, 0);
  return { nama, dir, manifest, manifestBytes, indeks, cuplikan, chunk, pertama };
}

// ---------------------------------------------------------------- easyops, emulated in Node
/**
 * @easyops-cn/docusaurus-search-local 0.55.3, client side, re-implemented line for line from
 * dist/client/client/theme/worker.js and utils/{tokenize,smartTerms,smartQueries,
 * sortSearchResults}.js with the options the build used (language ['en'], fuzzyMatchingDistance 1,
 * default stop words). Their modules import build-generated constants, so they cannot be
 * imported here as they are. Not reproduced: Chinese word cutting (no Chinese in the docs) and
 * the web worker hop.
 */
interface DokEasy {
  i: number;
  t: string;
  u: string;
  h?: string;
  p?: number;
}
interface IndeksEasy {
  type: number;
  documents: DokEasy[];
  index: lunr.Index;
}
interface Token {
  value: string;
  maybeTyping?: boolean;
  trailing?: boolean;
}
interface Klausa {
  value: string;
  presence: lunr.Query.presence;
  wildcard: lunr.Query.wildcard;
  editDistance: number | undefined;
}
interface HasilEasy {
  document: DokEasy;
  type: number;
  page: DokEasy | false | undefined;
  index?: number;
}

const JUDUL = 0;
const BAGIAN_HALAMAN = new Set([1, 2, 4]); // Heading, Description, Content

function muatEasyops(json: { documents: DokEasy[]; index: object }[]): IndeksEasy[] {
  return json.map(({ documents, index }, type) => ({ type, documents, index: lunr.Index.load(index) }));
}

function tokenizeEasy(teks: string): string[] {
  return teks.toLowerCase().match(/[^-\s]+/g) ?? [];
}

function termsToQueries(terms: Token[][], editDistance: number, maybeTyping = false): { term: Klausa[] }[] {
  return terms.flatMap((term) => {
    const query = {
      term: term.map((item) => {
        const trailing = maybeTyping ? item.trailing || item.maybeTyping : item.trailing;
        return {
          value: item.value,
          presence: lunr.Query.presence.REQUIRED,
          wildcard: trailing ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE,
          editDistance: editDistance > 0 && item.value.length > editDistance ? editDistance : undefined,
        };
      }),
    };
    if (editDistance && query.term.every((item) => !item.editDistance)) return [];
    return [query];
  });
}

function queriesMaybeTyping(terms: Token[][], editDistance: number): { term: Klausa[] }[] {
  return termsToQueries(terms, editDistance).concat(
    termsToQueries(
      terms.filter((term) => {
        const token = term[term.length - 1] as Token;
        return !token.trailing && token.maybeTyping;
      }),
      editDistance,
      true,
    ),
  );
}

function distanceMatrix(terms: Token[][], distance: number): { term: Klausa[] }[] {
  return Array.from({ length: distance + 1 }, (_, i) => queriesMaybeTyping(terms, i)).flat();
}

function smartQueriesEasy(tokens: string[], fuzzy = 1): { term: Klausa[] }[] {
  // smartTerms without Chinese: one term, the tokens in order (at most 12).
  const terms: Token[][] = [tokens.slice(0, 12).map((value) => ({ value }))];
  for (const term of terms) (term[term.length - 1] as Token).maybeTyping = true;
  const stop = lunr.stopWordFilter as unknown as (t: string) => unknown;
  const refined: Token[][] = [];
  const baru: Token[][] = [];
  for (const term of terms) {
    const tersaring = term.filter((item) => stop(item.value));
    refined.push(tersaring);
    if (tersaring.length < term.length && tersaring.length > 0) baru.push(tersaring);
  }
  terms.push(...baru);
  const extra: Token[][] = [];
  for (const term of refined) {
    if (term.length > 2) for (let i = term.length - 1; i >= 0; i -= 1) extra.push(term.slice(0, i).concat(term.slice(i + 1)));
  }
  return distanceMatrix(terms, fuzzy).concat(distanceMatrix(extra, fuzzy));
}

function sortEasy(results: HasilEasy[]): void {
  results.forEach((item, index) => {
    item.index = index;
  });
  const halamanDari = (r: HasilEasy): number => {
    let i = BAGIAN_HALAMAN.has(r.type) && r.page ? results.findIndex((x) => x.document === r.page) : (r.index as number);
    if (i === -1) i = r.index as number;
    return i;
  };
  results.sort((a, b) => {
    const pa = halamanDari(a);
    const pb = halamanDari(b);
    if (pa === pb) {
      const diff = (b.type === JUDUL ? 1 : 0) - (a.type === JUDUL ? 1 : 0);
      return diff === 0 ? (a.index as number) - (b.index as number) : diff;
    }
    return pa - pb;
  });
}

function cariEasy(indeks: IndeksEasy[], input: string, limit: number): string[] {
  const raw = tokenizeEasy(input);
  if (raw.length === 0) return [];
  const results: HasilEasy[] = [];
  search: for (const { term } of smartQueriesEasy(raw)) {
    for (const { documents, index, type } of indeks) {
      results.push(
        ...index
          .query((query) => {
            for (const item of term) {
              query.term(item.value, {
                wildcard: item.wildcard,
                presence: item.presence,
                ...(item.editDistance ? { editDistance: item.editDistance } : null),
              });
            }
          })
          .slice(0, limit)
          .filter((r) => !results.some((item) => item.document.i.toString() === r.ref))
          .slice(0, limit - results.length)
          .map((r) => {
            const document = documents.find((doc) => doc.i.toString() === r.ref) as DokEasy;
            return { document, type, page: type !== JUDUL && indeks[0]?.documents.find((doc) => doc.i === document.p) };
          }),
      );
      if (results.length >= limit) break search;
    }
  }
  sortEasy(results);
  // The link a result opens: SearchBar.jsx `autocomplete:selected` → u + h.
  return results.map((r) => r.document.u + (r.document.h ?? ''));
}

// ---------------------------------------------------------------- timing
interface Latensi {
  n: number;
  p50: number;
  p95: number;
  maks: number;
}
function ukurLatensi(daftar: readonly string[], fn: (q: string) => unknown, ulang: number): Latensi {
  for (const q of daftar) fn(q); // warm-up pass
  const ms = new Float64Array(daftar.length * ulang);
  let k = 0;
  for (let r = 0; r < ulang; r += 1) {
    for (const q of daftar) {
      const t = performance.now();
      fn(q);
      ms[k++] = performance.now() - t;
    }
  }
  return { n: ms.length, p50: persentil(ms, 50), p95: persentil(ms, 95), maks: persentil(ms, 100) };
}
const latensiTeks = (l: Latensi): string => `p50 ${f3(l.p50)}, p95 ${f3(l.p95)}, max ${f2(l.maks)} ms`;

function median(xs: number[]): number {
  return persentil(xs, 50);
}

// ---------------------------------------------------------------- run
const cpu = os.cpus();
console.log('Search benchmark (scripts/bench/cari.ts)');
console.log(`machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${os.platform()} ${os.release()}, Node ${process.version}`);
console.log(`date: ${new Date().toISOString().slice(0, 10)}; build ${BUILD}; easyops build ${EASYOPS}; ${ULANG} timed passes`);
console.log('sizes: bytes on disk and gzip -9 (Node zlib); 1 KB = 1,024 bytes');
console.log('');

const id = bacaLokal('id', BUILD);
const lokal = [id, bacaLokal('en', join(BUILD, 'en'))];
if (typeof id === 'string') {
  console.log(`${id}; run npm run build`);
  process.exit(0);
}

// Sizes
const baris: string[][] = [];
for (const l of lokal) {
  if (typeof l === 'string') {
    baris.push(['en', l, '', '']);
    continue;
  }
  baris.push([l.nama, `manifest indeks-cari.json (${l.manifest.dokumen} sections)`, b(l.manifestBytes.mentah), b(l.manifestBytes.gz)]);
  baris.push([l.nama, `index ${l.manifest.berkas}`, b(l.indeks.mentah), b(l.indeks.gz)]);
  baris.push([l.nama, `snippets ${l.manifest.cuplikan} (after first results)`, b(l.cuplikan.mentah), b(l.cuplikan.gz)]);
  for (const c of l.chunk) {
    baris.push([l.nama, `search JS ${c.file} (${c.lunr ? 'contains lunr' : 'imported with it'})`, b(c.mentah), b(c.gz)]);
  }
  baris.push([l.nama, 'first search = manifest + index + search JS', '', `${b(l.pertama)} = ${kb(l.pertama)}`]);
}
console.log(tabel(['locale', 'file', 'raw', 'gzip -9'], baris));
console.log('');

// Load time (JSON.parse + rebuilding the lunr index), then latency and relevance on the id index.
const teksIndeks = readFileSync(join(id.dir, id.manifest.berkas), 'utf8');
const waktuMuat: number[] = [];
let pencari: Searcher | undefined;
for (let r = 0; r < 7; r += 1) {
  const t = performance.now();
  pencari = createSearcher(JSON.parse(teksIndeks) as CompactIndex);
  waktuMuat.push(performance.now() - t);
}
const P = pencari as Searcher;

const set = JSON.parse(readFileSync(join(ROOT, 'tests', 'search', 'kueri.json'), 'utf8')) as { kueri: (LabelledQuery & { jenis: string })[]; typo: LabelledQuery[] };
const JENIS = [...new Set(set.kueri.map((k) => k.jenis))];
/** Page-level labels: the section anchors dropped, so any section of a labelled page counts. */
const keHalaman = (ks: readonly LabelledQuery[]): LabelledQuery[] => ks.map((k) => ({ q: k.q, relevan: [...new Set(k.relevan.map((u) => u.split('#')[0] as string))] }));
const semuaQ = [...set.kueri, ...set.typo].map((k) => k.q);
const ketikan = semuaQ.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1))).filter((q) => q.trim());

const cari = (o: SearchOptions) => (q: string) => P.cari(q, o);
const latPenuh = ukurLatensi(semuaQ, cari({}), ULANG);
const latKetik = ukurLatensi(semuaQ, cari({ mengetik: true, batas: 8 }), ULANG);
const latTombol = ukurLatensi(ketikan, cari({ mengetik: true, batas: 8 }), ULANG);

const url = (o: SearchOptions) => (q: string) => P.cari(q, o).map((h) => h.dokumen.url);
const qKueri = measure(set.kueri, url({}));
const qTypo = measure(set.typo, url({}));
const qKueriKetik = measure(set.kueri, url({ mengetik: true, batas: 8 }));
const qTypoKetik = measure(set.typo, url({ mengetik: true, batas: 8 }));

console.log(`id index: JSON.parse + createSearcher (rebuilds the lunr index) median ${f2(median(waktuMuat))} ms, first ${f2(waktuMuat[0] as number)} ms (7 runs)`);
console.log('');
console.log(
  tabel(
    ['Node latency, id index', 'searches', 'latency', 'target', ''],
    [
      [`whole queries, cari(q) (kueri + typo, ×${ULANG})`, f0(latPenuh.n), latensiTeks(latPenuh), `p95 < ${TARGET.p95Ms} ms`, tanda(latPenuh.p95 < TARGET.p95Ms)],
      [`whole queries, typing mode {mengetik, batas 8}`, f0(latKetik.n), latensiTeks(latKetik), `p95 < ${TARGET.p95Ms} ms`, tanda(latKetik.p95 < TARGET.p95Ms)],
      [`every keystroke prefix, typing mode (×${ULANG})`, f0(latTombol.n), latensiTeks(latTombol), '(info)', ''],
    ],
  ),
);
// The slowest keystrokes: median of 3 timings per prefix.
const perPrefiks = ketikan.map((q) => {
  const t = [0, 1, 2].map(() => {
    const t0 = performance.now();
    P.cari(q, { mengetik: true, batas: 8 });
    return performance.now() - t0;
  });
  return { q, ms: median(t) };
});
perPrefiks.sort((a, b) => b.ms - a.ms);
console.log(
  `slowest keystroke prefixes (median of 3): ${perPrefiks
    .slice(0, 6)
    .map((x) => `"${x.q}" ${f2(x.ms)} ms`)
    .join(', ')}`,
);
console.log('');

// easyops
interface Easy {
  file: string;
  ukuran: Ukuran;
  dok: number[];
  q10: ReturnType<typeof measure>;
  t10: ReturnType<typeof measure>;
  q8: ReturnType<typeof measure>;
  t8: ReturnType<typeof measure>;
  lat: Latensi;
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
  const t = performance.now();
  const idx = muatEasyops(JSON.parse(teks) as { documents: DokEasy[]; index: object }[]);
  const muatMs = performance.now() - t;
  const fn = (limit: number) => (q: string) => cariEasy(idx, q, limit);
  // Our index in the easyops build, from the same docs: the same file means the same content.
  const mEasy = join(EASYOPS, 'indeks-cari.json');
  const samaDocs = existsSync(mEasy) && (JSON.parse(readFileSync(mEasy, 'utf8')) as Manifest).berkas === id.manifest.berkas;
  easy = {
    file: easyFile.join(', '),
    ukuran: { mentah: statSync(file).size, gz: gzip(teks) },
    dok: idx.map((x) => x.documents.length),
    q10: measure(set.kueri, fn(10)),
    t10: measure(set.typo, fn(10)),
    q8: measure(set.kueri, fn(8)),
    t8: measure(set.typo, fn(8)),
    lat: ukurLatensi(semuaQ, fn(8), Math.max(1, Math.floor(ULANG / 4))),
    muatMs,
    samaDocs,
    fn10: fn(10),
  };
}

if (typeof easy === 'string') console.log(`easyops comparison skipped: ${easy}`);
else {
  console.log(`@easyops-cn/docusaurus-search-local 0.55.3, id locale: ${easy.file} (${easy.dok.join(' / ')} title / heading / description / keywords / content docs)`);
  console.log(`  raw ${b(easy.ukuran.mentah)}, gzip -9 ${b(easy.ukuran.gz)}; lunr.Index.load of all five ${f2(easy.muatMs)} ms; Node latency (limit 8) ${latensiTeks(easy.lat)}`);
  console.log(`  our index in that build is ${easy.samaDocs ? 'the same file as ours (same docs)' : 'NOT the same file as ours: docs differ'}`);
}
console.log('');

const rasio = typeof easy === 'string' ? Number.NaN : id.indeks.gz / easy.ukuran.gz;
const rel = (r: ReturnType<typeof measure>): string => `MRR@10 ${f3(r.mrr)}, recall@5 ${f3(r.recall)}`;
const relBaris: string[][] = [
  [`ours, cari(q) — kueri (${set.kueri.length})`, rel(qKueri), `MRR ≥ ${TARGET.mrrKueri}`, tanda(qKueri.mrr >= TARGET.mrrKueri)],
  [`ours, cari(q) — typo (${set.typo.length})`, rel(qTypo), `MRR ≥ ${TARGET.mrrTypo}`, tanda(qTypo.mrr >= TARGET.mrrTypo)],
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
console.log(tabel(['relevance (tests/search/kueri.json)', 'result', 'target', ''], relBaris));
console.log('');
// Per kind of query, and at page level (a result counts when it is on a labelled page).
type FnUrl = (q: string) => string[];
const perJenis = (fn: FnUrl): string[] =>
  JENIS.map((j) => {
    const r = measure(
      set.kueri.filter((k) => k.jenis === j),
      fn,
    );
    return `${f2(r.mrr)} / ${f2(r.recall)}`;
  });
const easyFn: FnUrl | undefined = typeof easy === 'string' ? undefined : easy.fn10;
console.log(
  tabel(
    ['kueri by kind: MRR@10 / recall@5', ...JENIS.map((j) => `${j} (${set.kueri.filter((k) => k.jenis === j).length})`), 'page level, kueri', 'page level, typo'],
    [
      ['ours, cari(q)', ...perJenis(url({})), rel(measure(keHalaman(set.kueri), url({}))), rel(measure(keHalaman(set.typo), url({})))],
      ...(easyFn ? [['easyops, limit 10', ...perJenis(easyFn), rel(measure(keHalaman(set.kueri), easyFn)), rel(measure(keHalaman(set.typo), easyFn))]] : []),
    ],
  ),
);
console.log('');
const gagal = (nama: string, r: ReturnType<typeof measure>): void => {
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
    'index gzip ≤ ¼ of easyops (id)',
    typeof easy === 'string' ? 'n/a' : `${b(id.indeks.gz)} / ${b(easy.ukuran.gz)} = ${f3(rasio)}`,
    typeof easy === 'string' ? 'n/a (no easyops build)' : tanda(rasio <= TARGET.rasioEasyops),
  ],
  [`MRR@10 ≥ ${TARGET.mrrKueri} (kueri)`, f3(qKueri.mrr), tanda(qKueri.mrr >= TARGET.mrrKueri)],
  [`MRR@10 ≥ ${TARGET.mrrTypo} (typo)`, f3(qTypo.mrr), tanda(qTypo.mrr >= TARGET.mrrTypo)],
  ['p95 < 5 ms in Node (whole queries; typing mode)', `${f3(latPenuh.p95)}; ${f3(latKetik.p95)} ms`, tanda(latPenuh.p95 < TARGET.p95Ms && latKetik.p95 < TARGET.p95Ms)],
  ...lokal.flatMap((l) => (typeof l === 'string' ? [] : [[`first search < 60 KB gzip (${l.nama})`, kb(l.pertama), tanda(l.pertama < TARGET.pertamaKB * KB)]])),
];
console.log(tabel(['target', 'measured', ''], targetBaris));
