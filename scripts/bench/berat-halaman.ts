/**
 * Page weight: what a phone downloads on a first visit (empty cache) to the pages people land on.
 *   npm run build && npm run bench:berat
 *   options: --root DIR (default build/)  --anggaran KB (default: the tests' budget, tests/search/ambang.json)  --halaman "/a,/b" (default below)
 * For each page: the gzip -9 bytes of every HTML, JS and CSS file from the site's own origin
 * until the network is idle (tests/situs/berat.ts), and the five largest files. The budget test in
 * tests/situs/berat.test.ts checks the same figure for the SOP pages.
 * Exits 0, with a message, when the build or Chromium is missing.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bukaChromium } from '../../tests/situs/chromium';
import { mulaiServer } from '../../tests/situs/server';
import { ukurMuatPertama } from '../../tests/situs/berat';
import { hasBuildAndChromium, machineLine, runBenchmark } from './harness';
import { AMBANG } from '../../tests/search/ambang';

const ROOT = join(import.meta.dirname, '..', '..');
const BAWAAN = ['/', '/sop/lapor-rt', '/sop/tanda-bahaya', '/sop/buat-laporan', '/perekrut/cek', '/regulasi', '/regulasi/uu-21-2007', '/cari', '/en/sop/lapor-rt'];

const { values: arg } = parseArgs({
  options: {
    root: { type: 'string', default: join(ROOT, 'build') },
    anggaran: { type: 'string', default: String(AMBANG.anggaranHalamanKb) },
    halaman: { type: 'string', default: BAWAAN.join(',') },
  },
});

const kb = (n: number): string => (n / 1024).toFixed(1);

async function utama(): Promise<number> {
  const root = arg.root as string;
  if (!hasBuildAndChromium(root)) return 0;
  const anggaran = Number(arg.anggaran) * 1024;
  const server = await mulaiServer(root);
  const browser = await bukaChromium();
  console.log('Page weight, first load at 360×740, gzip -9');
  console.log(machineLine(browser.version()));
  console.log(`budget ${arg.anggaran} KB\n`);
  console.log('| page | HTML | JS | CSS | total (KB gzip) | files | budget |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
  const rinci: string[] = [];
  try {
    for (const halaman of (arg.halaman as string)
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const hasil = await ukurMuatPertama(browser, server.url, halaman);
      const per = (j: string) => hasil.berkas.filter((b) => b.jenis === j).reduce((n, b) => n + b.gzip, 0);
      const lolos = hasil.gzip <= anggaran ? 'within' : 'OVER';
      console.log(`| \`${halaman}\` | ${kb(per('html'))} | ${kb(per('js'))} | ${kb(per('css'))} | **${kb(hasil.gzip)}** | ${hasil.berkas.length} | ${lolos} |`);
      if (hasil.luar.length) console.log(`  requests to other hosts: ${hasil.luar.join(', ')}`);
      const besar = [...hasil.berkas].sort((a, b) => b.gzip - a.gzip).slice(0, 5);
      rinci.push(`${halaman}: ${besar.map((b) => `${b.path.replace(/^.*\//, '')} ${kb(b.gzip)}`).join(', ')}`);
    }
  } finally {
    await browser.close();
    await server.tutup();
  }
  console.log('\nLargest files (KB gzip):');
  for (const r of rinci) console.log(`  ${r}`);
  return 0;
}

runBenchmark(utama);
