/**
 * Benchmark of the recruiter matcher (src/lib/perekrut) on a synthetic registry.
 *   npm run bench                         10,000 companies, >= 50,000 mixed queries
 *   npm run bench -- --n 20000 --seed 3   other size or seed
 *   options: --n N  --seed S  --kueri MIN_QUERIES  --ulang BUILD_REPEATS  --contoh EXAMPLES
 * Prints build time, throughput, latency percentiles and accuracy per labelled set, and marks
 * missed targets. Always exits 0 when it ran: it reports, the tests decide.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { buildRegistri, createMatcher, type CheckResult, type Matcher, type Registri } from '../../src/lib/perekrut';
import { loadRegistriFolder } from '../../src/lib/perekrut/load-node';
import { machineLine, median, percentile, table } from './harness';
import { Acak, buatKueri, buatNamaAsing, buatRegistriSintetis, type Kueri, type NamaSet } from '../../tests/fixtures/sintetis';

const ROOT = join(import.meta.dirname, '..', '..');
const HARI_INI = '2026-11-22';

const { values: arg } = parseArgs({
  options: {
    n: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '20261122' },
    kueri: { type: 'string', default: '50000' },
    ulang: { type: 'string', default: '5' },
    contoh: { type: 'string', default: '5' },
  },
});
const N = Number(arg.n);
const SEED = Number(arg.seed);
const MIN_KUERI = Number(arg.kueri);
const ULANG = Math.max(1, Number(arg.ulang));
const CONTOH = Number(arg.contoh);

const TARGET_THROUGHPUT = 50_000;

const f0 = (x: number): string => Math.round(x).toLocaleString('en-US');
const f1 = (x: number): string => x.toFixed(1);
const f2 = (x: number): string => x.toFixed(2);
const pct = (a: number, b: number): string => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(2)}%`);

function cekAman(p: Matcher, q: string): CheckResult | Error {
  try {
    return p.cek(q);
  } catch (err) {
    return err as Error;
  }
}

// ---------------------------------------------------------------- machine
console.log('Recruiter matcher benchmark (scripts/bench/perekrut.ts)');
console.log(machineLine(`registry read as of ${HARI_INI}; N=${f0(N)}, seed=${SEED}`));
console.log('');

// ---------------------------------------------------------------- registry
let t = performance.now();
const namaNyata = loadRegistriFolder(join(ROOT, 'data', 'perekrut')).flatMap((s) => s.baris.map((b) => b.nama));
const reg = buatRegistriSintetis({ n: N, seed: SEED, namaNyata, hariIni: HARI_INI });
const msGenerasi = performance.now() - t;

const waktuBangun: number[] = [];
const waktuIndeks: number[] = [];
let registri: Registri | undefined;
let pencocok: Matcher | undefined;
for (let r = 0; r < ULANG; r += 1) {
  t = performance.now();
  registri = buildRegistri([reg.snapshot], HARI_INI);
  const t1 = performance.now();
  pencocok = createMatcher(registri);
  waktuBangun.push(t1 - t);
  waktuIndeks.push(performance.now() - t1);
}
if (!registri || !pencocok) throw new Error('unreachable');
const P = pencocok;

// Sanity: one entity per company, with the intended status.
const perKunci = new Map(registri.entitas.map((e) => [e.kunci, e]));
const salahStatus = reg.perusahaan.filter((c) => (perKunci.get(c.kunci)?.status === 'aktif') !== c.aktif).length;
if (registri.entitas.length !== N || salahStatus > 0) {
  console.log(`WARNING: expected ${N} entities with intended statuses; got ${registri.entitas.length} entities, ${salahStatus} with the wrong status.`);
}
const nAktif = reg.perusahaan.filter((c) => c.aktif).length;

t = performance.now();
const kueri = buatKueri(reg, SEED + 1);
const msKueri = performance.now() - t;

// ---------------------------------------------------------------- accuracy
interface Gagal {
  k: Kueri;
  hasil: CheckResult | Error;
}
interface Skor {
  n: number;
  ok: number;
  gagal: Gagal[];
  perJenis: Map<string, { n: number; ok: number }>;
  verdict: Map<string, number>;
}

function nilai(set: Kueri[], lulus: (h: CheckResult, k: Kueri) => boolean): Skor {
  const s: Skor = { n: 0, ok: 0, gagal: [], perJenis: new Map(), verdict: new Map() };
  for (const k of set) {
    const h = cekAman(P, k.query);
    const ok = !(h instanceof Error) && lulus(h, k);
    const v = h instanceof Error ? `galat: ${h.name}` : h.verdict;
    s.verdict.set(v, (s.verdict.get(v) ?? 0) + 1);
    s.n += 1;
    const j = s.perJenis.get(k.jenis) ?? { n: 0, ok: 0 };
    j.n += 1;
    if (ok) {
      s.ok += 1;
      j.ok += 1;
    } else s.gagal.push({ k, hasil: h });
    s.perJenis.set(k.jenis, j);
  }
  return s;
}

const pertama = (h: CheckResult, k: Kueri): boolean => h.cocok[0]?.entitas.kunci === k.target;
const diAntara = (h: CheckResult, k: Kueri): boolean => h.cocok.some((c) => c.entitas.kunci === k.target);

t = performance.now();
const skor: Record<NamaSet, Skor> = {
  format: nilai(kueri.format, (h, k) => h.verdict === 'terdaftar' && pertama(h, k)),
  typo: nilai(kueri.typo, (h, k) => h.verdict === 'mirip' && pertama(h, k)),
  urutan: nilai(kueri.urutan, (h, k) => h.verdict === 'mirip' && diAntara(h, k)),
  umpan: nilai(kueri.umpan, (h) => h.verdict !== 'terdaftar'),
};
// Informational: licence numbers of active companies.
const nomor = reg.perusahaan.filter((c) => c.aktif).slice(0, 2000);
const nomorOk = nomor.filter((c) => {
  const h = cekAman(P, c.nomorIzin.toLowerCase());
  return !(h instanceof Error) && h.verdict === 'terdaftar' && h.cocok[0]?.entitas.kunci === c.kunci;
}).length;
// Informational: names of invented words found in no registered name.
const asing = buatNamaAsing(reg, 5000, SEED + 3);
const asingHasil = asing.map((q) => ({ q, h: cekAman(P, q) }));
const asingMirip = asingHasil.filter((x) => !(x.h instanceof Error) && x.h.verdict === 'mirip');
const asingTerdaftar = asingHasil.filter((x) => !(x.h instanceof Error) && x.h.verdict === 'terdaftar').length;
const msAkurasi = performance.now() - t;
const urutanSalahCalon = skor.urutan.gagal.filter((g) => !(g.hasil instanceof Error) && g.hasil.verdict === 'mirip').length;
const typoAdaTapiBukanPertama = skor.typo.gagal.filter((g) => !(g.hasil instanceof Error) && diAntara(g.hasil, g.k)).length;

// ---------------------------------------------------------------- throughput and latency
const acak = new Acak(SEED + 2);
const semua = [...kueri.format, ...kueri.typo, ...kueri.urutan, ...kueri.umpan].map((k) => k.query);
let campur: string[] = [];
while (campur.length < MIN_KUERI) campur = campur.concat(acak.acakUrut([...semua]));

let cek = 0;
for (let i = 0; i < Math.min(10_000, campur.length); i += 1) {
  const h = cekAman(P, campur[i] as string);
  cek += h instanceof Error ? 1 : h.cocok.length;
}

t = performance.now();
for (const q of campur) {
  const h = cekAman(P, q);
  cek += h instanceof Error ? 1 : h.cocok.length;
}
const msBatch = performance.now() - t;
const perDetik = campur.length / (msBatch / 1000);

const lat = new Float64Array(campur.length);
t = performance.now();
for (let i = 0; i < campur.length; i += 1) {
  const a = process.hrtime.bigint();
  const h = cekAman(P, campur[i] as string);
  lat[i] = Number(process.hrtime.bigint() - a) / 1000;
  cek += h instanceof Error ? 1 : h.cocok.length;
}
const msBatch2 = performance.now() - t;

// ---------------------------------------------------------------- report
console.log(
  table(
    ['setup', 'value'],
    [
      ['synthetic registry', `${f0(N)} companies (${f0(nAktif)} aktif), ${f0(reg.snapshot.baris.length)} rows, generated in ${f0(msGenerasi)} ms`],
      ['buildRegistri (first / median)', `${f1(waktuBangun[0] as number)} / ${f1(median(waktuBangun))} ms`],
      ['createMatcher index (first / median)', `${f1(waktuIndeks[0] as number)} / ${f1(median(waktuIndeks))} ms`],
      [
        'registry + index (first / median)',
        `${f1((waktuBangun[0] as number) + (waktuIndeks[0] as number))} / ${f1(median(waktuBangun.map((x, i) => x + (waktuIndeks[i] as number))))} ms  (${ULANG} runs)`,
      ],
      [
        'sample names',
        reg.perusahaan
          .slice(0, 4)
          .map((c) => c.nama)
          .join('; '),
      ],
      ['query sets', `${f0(semua.length)} labelled queries, made in ${f0(msKueri)} ms; accuracy pass ${f0(msAkurasi)} ms`],
    ],
  ),
);
console.log('');

const tandai = (ok: boolean): string => (ok ? 'met' : '** MISSED **');
const okThroughput = perDetik >= TARGET_THROUGHPUT;
console.log(
  table(
    ['throughput', 'value', 'target', ''],
    [
      ['batch, mixed queries', `${f0(campur.length)} names in ${f0(msBatch)} ms = ${f0(perDetik)} names/s`, `>= ${f0(TARGET_THROUGHPUT)}/s`, tandai(okThroughput)],
      [
        'latency per query (timed pass)',
        `p50 ${f1(percentile(lat, 50))} µs, p95 ${f1(percentile(lat, 95))} µs, p99 ${f1(percentile(lat, 99))} µs, max ${f0(percentile(lat, 100))} µs`,
        '',
        '',
      ],
      ['timed pass throughput', `${f0(campur.length / (msBatch2 / 1000))} names/s`, '', ''],
    ],
  ),
);
console.log('');

const okFormat = skor.format.ok === skor.format.n;
const okTypo = skor.typo.ok / skor.typo.n >= 0.98;
const terdaftarUmpan = skor.umpan.n - skor.umpan.ok;
const okUmpan = terdaftarUmpan === 0;
const urutanPertamaN = kueri.urutan.filter((k) => {
  const h = cekAman(P, k.query);
  return !(h instanceof Error) && h.verdict === 'mirip' && pertama(h, k);
}).length;
console.log(
  table(
    ['accuracy set', 'queries', 'measure', 'result', 'target', ''],
    [
      ['(a) formatting variants', f0(skor.format.n), 'terdaftar, right entity', `${f0(skor.format.ok)} = ${pct(skor.format.ok, skor.format.n)}`, '100%', tandai(okFormat)],
      ['(b) one typo', f0(skor.typo.n), 'mirip, right entity first', `${f0(skor.typo.ok)} = ${pct(skor.typo.ok, skor.typo.n)}`, '>= 98%', tandai(okTypo)],
      ['    (right entity listed, not first)', '', '', f0(typoAdaTapiBukanPertama), '', ''],
      ['(c) order swap / last word missing', f0(skor.urutan.n), 'mirip, right entity listed', `${f0(skor.urutan.ok)} = ${pct(skor.urutan.ok, skor.urutan.n)}`, '(none)', ''],
      ['    (right entity first)', '', '', `${f0(urutanPertamaN)} = ${pct(urutanPertamaN, skor.urutan.n)}`, '', ''],
      ['    (mirip, only other companies listed)', '', '', f0(urutanSalahCalon), '', ''],
      ['(d) decoys', f0(skor.umpan.n), 'terdaftar (count)', f0(terdaftarUmpan), '0', tandai(okUmpan)],
      [
        '(info) unrelated invented names',
        f0(asing.length),
        'mirip / terdaftar',
        `${f0(asingMirip.length)} = ${pct(asingMirip.length, asing.length)} / ${f0(asingTerdaftar)}`,
        '',
        '',
      ],
      ['(info) licence numbers, aktif', f0(nomor.length), 'terdaftar, right entity', `${f0(nomorOk)} = ${pct(nomorOk, nomor.length)}`, '', ''],
    ],
  ),
);
console.log(
  `dropped as collisions with another registered name: ${Object.entries(kueri.dibuang)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}`,
);
console.log('');

const baris: string[][] = [];
for (const [nama, s] of Object.entries(skor)) {
  for (const [j, v] of [...s.perJenis].sort()) baris.push([nama, j, f0(v.n), pct(v.ok, v.n)]);
}
console.log(table(['set', 'kind', 'queries', 'pass'], baris));
console.log('');
console.log(
  'verdicts: ' +
    Object.entries(skor)
      .map(([nama, s]) => `${nama} {${[...s.verdict].map(([v, n]) => `${v}: ${n}`).join(', ')}}`)
      .join('; '),
);

function ringkas(g: Gagal): string {
  const target = perKunci.get(g.k.target)?.nama ?? g.k.target;
  if (g.hasil instanceof Error) return `  "${g.k.query}" [${g.k.jenis}] -> ${g.hasil.name}: ${g.hasil.message} (from ${target})`;
  const calon = g.hasil.cocok.map((c) => `${c.entitas.nama} ${f2(c.skor)}`).join('; ') || '-';
  return `  "${g.k.query}" [${g.k.jenis}] from "${target}" -> ${g.hasil.verdict}: ${calon}`;
}
for (const [nama, s] of Object.entries(skor)) {
  if (s.gagal.length === 0 || CONTOH <= 0) continue;
  console.log(`\nfailures in ${nama} (${s.gagal.length}; first ${Math.min(CONTOH, s.gagal.length)}):`);
  for (const g of s.gagal.slice(0, CONTOH)) console.log(ringkas(g));
}
if (asingMirip.length > 0 && CONTOH > 0) {
  console.log(`\nunrelated names answered mirip (${asingMirip.length}; first ${Math.min(CONTOH, asingMirip.length)}):`);
  for (const { q, h } of asingMirip.slice(0, CONTOH)) {
    if (!(h instanceof Error)) console.log(`  "${q}" -> ${h.cocok.map((c) => `${c.entitas.nama} ${f2(c.skor)}`).join('; ')}`);
  }
}

console.log('');
console.log(
  `targets: throughput >= 50,000 names/s ${tandai(okThroughput)}; formatting 100% terdaftar ${tandai(okFormat)}; ` +
    `typos >= 98% right first ${tandai(okTypo)}; decoys 0 terdaftar ${tandai(okUmpan)}`,
);
if (cek < 0) console.log(cek); // keeps the work observable
process.exitCode = 0;
