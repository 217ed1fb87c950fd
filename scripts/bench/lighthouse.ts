/**
 * Lighthouse mobile scores (performance, accessibility, best practices, SEO) of the production
 * build, served with gzip the way a static host serves it.
 *   npm run build && npm run bench:lighthouse
 *   options: --root DIR (default build/)  --halaman "/a,/b"  --putaran RUNS per page (default 3)
 * Lighthouse is not a dependency of the project (it would add ~160 packages to every install);
 * this script runs a pinned version through `npx`, which downloads it on first use. Lighthouse 12
 * is the last line that runs on Node 20. It drives Debian's Chromium (CHROME_PATH or
 * /usr/bin/chromium) with its default mobile settings: a Moto G Power-sized screen and simulated
 * slow 4G with a 4× slower CPU. Each score is the median of the runs; the audits that kept a
 * category under 100 are listed, so the figures say what to fix.
 * Exits 0, with a message, when the build or Chromium is missing.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { jalurChromium } from '../../tests/situs/chromium';
import { mulaiServer } from '../../tests/situs/server';
import { hasBuildAndChromium, machineLine, median, runBenchmark } from './harness';

const LIGHTHOUSE = 'lighthouse@12.8.2';
const ROOT = join(import.meta.dirname, '..', '..');
const KATEGORI = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const { values: arg } = parseArgs({
  options: {
    root: { type: 'string', default: join(ROOT, 'build') },
    halaman: { type: 'string', default: '/,/sop/lapor-rt,/perekrut/cek,/regulasi/uu-21-2007,/pelatihan/mengenali-tppo,/en/sop/lapor-rt' },
    putaran: { type: 'string', default: '3' },
  },
});

interface Laporan {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; title: string; numericValue?: number; scoreDisplayMode: string }>;
  lighthouseVersion: string;
  environment: { hostUserAgent: string };
}

// Asynchronous on purpose: the server that Lighthouse loads the pages from runs in this process.
async function jalankan(url: string, keluaran: string): Promise<Laporan> {
  const hasil = await promisify(execFile)(
    'npx',
    [
      '--yes',
      LIGHTHOUSE,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${keluaran}`,
      `--only-categories=${KATEGORI.join(',')}`,
      '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update',
    ],
    { encoding: 'utf8', env: { ...process.env, CHROME_PATH: jalurChromium }, maxBuffer: 64 * 1024 * 1024 },
  ).catch((err: { stderr?: string; message: string }) => {
    throw new Error(`Lighthouse failed for ${url}: ${(err.stderr || err.message).trim().split('\n').slice(-3).join(' ')}`);
  });
  if (!existsSync(keluaran)) throw new Error(`Lighthouse wrote no report for ${url}: ${hasil.stderr.trim().split('\n').slice(-1)[0] ?? ''}`);
  return JSON.parse(readFileSync(keluaran, 'utf8')) as Laporan;
}

async function utama(): Promise<number> {
  const root = arg.root as string;
  if (!hasBuildAndChromium(root)) return 0;
  const putaran = Math.max(1, Number(arg.putaran));
  const server = await mulaiServer(root, { gzip: true });
  const sementara = mkdtempSync(join(os.tmpdir(), 'lighthouse-'));
  const kurang = new Map<string, Set<string>>();
  const baris: string[] = [];
  let versi = '';
  let agen = '';
  try {
    for (const halaman of (arg.halaman as string)
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const skor: Record<string, number[]> = {};
      const lcp: number[] = [];
      const tbt: number[] = [];
      for (let r = 0; r < putaran; r += 1) {
        const lap = await jalankan(`${server.url}${halaman}`, join(sementara, `${r}.json`));
        versi = lap.lighthouseVersion;
        agen = lap.environment.hostUserAgent;
        for (const k of KATEGORI) {
          const kat = lap.categories[k];
          (skor[k] ??= []).push(Math.round((kat?.score ?? 0) * 100));
          for (const ref of kat?.auditRefs ?? []) {
            const a = lap.audits[ref.id];
            if (ref.weight > 0 && a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative') {
              if (!kurang.has(k)) kurang.set(k, new Set());
              kurang.get(k)?.add(`${a.title} (${halaman})`);
            }
          }
        }
        lcp.push(lap.audits['largest-contentful-paint']?.numericValue ?? NaN);
        tbt.push(lap.audits['total-blocking-time']?.numericValue ?? NaN);
      }
      const kinerja = skor.performance ?? [];
      baris.push(
        `| \`${halaman}\` | ${median(kinerja)} (${Math.min(...kinerja)}–${Math.max(...kinerja)}) | ${KATEGORI.slice(1)
          .map((k) => median(skor[k] ?? []))
          .join(' | ')} | ${(median(lcp) / 1000).toFixed(1)} s | ${Math.round(median(tbt))} ms |`,
      );
      console.error(`  ${halaman} done`);
    }
  } finally {
    await server.tutup();
    rmSync(sementara, { recursive: true, force: true });
  }
  console.log(`Lighthouse ${versi}, mobile (default: simulated slow 4G, 4× CPU slowdown), median of ${putaran} runs`);
  console.log(machineLine(agen, `${root} served with gzip -9`));
  console.log('');
  console.log('| page | performance (min–max) | accessibility | best practices | SEO | LCP | TBT |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const b of baris) console.log(b);
  for (const [k, daftar] of kurang) {
    console.log(`\nAudits below 100 in ${k}:`);
    for (const d of daftar) console.log(`  - ${d}`);
  }
  return 0;
}

runBenchmark(utama);
