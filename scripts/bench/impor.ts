/**
 * Benchmark of the registry command lines on big inputs: importing a 200,000-row export and
 * checking 1,000,000 names in one batch. Prints wall time and peak memory of each command
 * (the command runs in its own Node process, as people run it).
 *   npm run bench:impor                      200,000 rows, 1,000,000 names
 *   npm run bench:impor -- --baris 50000 --nama 200000
 * Writes only to a temporary folder. Always exits 0 when it ran.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { KOLOM, writeCsv } from '../../src/lib/perekrut/csv';
import { buatKueri, buatRegistriSintetis } from '../../tests/fixtures/sintetis';
import { machineLine } from './harness';

const { values: arg } = parseArgs({ options: { baris: { type: 'string', default: '200000' }, nama: { type: 'string', default: '1000000' } } });
const BARIS = Number(arg.baris);
const NAMA = Number(arg.nama);
const ROOT = join(import.meta.dirname, '..', '..');

function jalankan(skrip: string, args: string[]): { ms: number; kib: number; kode: number | null; galat: string } {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--require', join(ROOT, 'scripts/bench/puncak.cjs'), '--import', 'tsx', join(ROOT, 'scripts', skrip), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'ignore', 'pipe'],
    cwd: ROOT,
  });
  const ms = performance.now() - t;
  const kib = Number(/PUNCAK_RSS_KIB (\d+)/.exec(r.stderr)?.[1] ?? Number.NaN);
  return {
    ms,
    kib,
    kode: r.status,
    galat: r.stderr
      .replace(/PUNCAK_RSS_KIB \d+\n?/, '')
      .trim()
      .split('\n')
      .slice(-2)
      .join(' | '),
  };
}

console.log('Registry command-line benchmark (scripts/bench/impor.ts)');
console.log(machineLine());
const dir = mkdtempSync(join(os.tmpdir(), 'bench-impor-'));
try {
  // An export of BARIS rows: synthetic firms, one row each, as an official list would be.
  const reg = buatRegistriSintetis({ n: Math.ceil(BARIS / 1.2), seed: 7, hariIni: '2026-11-22' });
  const baris = reg.snapshot.baris.slice(0, BARIS);
  const ekspor = join(dir, 'ekspor.csv');
  writeFileSync(ekspor, writeCsv(KOLOM, baris as unknown as Record<string, string>[]));
  const folder = join(dir, 'registri');
  spawnSync('mkdir', [folder]);
  const a = jalankan('perekrut-impor.ts', [ekspor, '--id', 'besar', '--tanggal', '2026-11-22', '--folder', folder]);
  console.log(
    `import ${baris.length.toLocaleString('en-US')} rows (${(statSync(ekspor).size / 1e6).toFixed(1)} MB): ${(a.ms / 1000).toFixed(1)} s, peak ${(a.kib / 1024).toFixed(0)} MiB, exit ${a.kode}${a.kode ? ` (${a.galat})` : ''}`,
  );

  // A batch of NAMA names: the labelled queries of the matcher benchmark, repeated, against a 10,000-firm registry.
  const kecil = buatRegistriSintetis({ n: 10_000, seed: 20261122, hariIni: '2026-11-22' });
  const regFile = join(dir, 'sepuluh-ribu.csv');
  writeFileSync(regFile, writeCsv(KOLOM, kecil.snapshot.baris as unknown as Record<string, string>[]));
  writeFileSync(join(dir, 'sepuluh-ribu.json'), JSON.stringify({ ...kecil.snapshot.provenans, id: 'sepuluh-ribu' }));
  const k = buatKueri(kecil, 20261123);
  const semua = [...k.format, ...k.typo, ...k.urutan, ...k.umpan].map((x) => x.query);
  const daftar = Array.from({ length: NAMA }, (_, i) => semua[i % semua.length] as string);
  const namaFile = join(dir, 'nama.txt');
  writeFileSync(namaFile, `${daftar.join('\n')}\n`);
  const b = jalankan('cek-perekrut.ts', ['--registry', regFile, '--file', namaFile]);
  console.log(
    `batch check ${NAMA.toLocaleString('en-US')} names (${(statSync(namaFile).size / 1e6).toFixed(1)} MB) against 10,000 firms: ${(b.ms / 1000).toFixed(1)} s = ${Math.round(NAMA / (b.ms / 1000)).toLocaleString('en-US')} names/s, peak ${(b.kib / 1024).toFixed(0)} MiB, exit ${b.kode}${b.kode ? ` (${b.galat})` : ''}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = 0;
