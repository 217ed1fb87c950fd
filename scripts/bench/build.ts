/**
 * How long the full production build takes (both locales, as `npm run build` and CI run it).
 *   npm run bench:build               warm: the bundler's cache in node_modules/.cache kept
 *   npm run bench:build -- --dingin   cold: that cache removed first, as on a fresh clone or in CI
 * Builds into a temporary directory, so build/ is left as it is; prints the wall-clock time, the
 * number of HTML pages per locale and the size of the output.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { machineLine, runBenchmark } from './harness';

const ROOT = join(import.meta.dirname, '..', '..');
const { values: arg } = parseArgs({ options: { dingin: { type: 'boolean', default: false } } });

function jelajahi(dir: string): { html: number; byte: number; htmlEn: number } {
  const hasil = { html: 0, byte: 0, htmlEn: 0 };
  const jalan = (d: string, en: boolean): void => {
    for (const nama of readdirSync(d)) {
      const p = join(d, nama);
      const st = statSync(p);
      if (st.isDirectory()) jalan(p, en || (d === dir && nama === 'en'));
      else {
        hasil.byte += st.size;
        if (nama.endsWith('.html')) {
          if (en) hasil.htmlEn += 1;
          else hasil.html += 1;
        }
      }
    }
  };
  jalan(dir, false);
  return hasil;
}

async function utama(): Promise<number> {
  if (arg.dingin) rmSync(join(ROOT, 'node_modules', '.cache'), { recursive: true, force: true });
  const keluar = mkdtempSync(join(os.tmpdir(), 'build-'));
  const mulai = performance.now();
  try {
    await promisify(execFile)(process.execPath, [join(ROOT, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs'), 'build', '--out-dir', keluar], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
    const detik = (performance.now() - mulai) / 1000;
    const { html, htmlEn, byte } = jelajahi(keluar);
    console.log(`Full production build, both locales (${arg.dingin ? 'cold: bundler cache (node_modules/.cache) removed' : 'warm: bundler cache kept'})`);
    console.log(machineLine());
    console.log(`wall clock: ${detik.toFixed(1)} s; HTML pages: ${html} (id) + ${htmlEn} (en); output: ${(byte / 1024 / 1024).toFixed(1)} MB`);
  } finally {
    rmSync(keluar, { recursive: true, force: true });
  }
  return 0;
}

runBenchmark(() =>
  utama().catch((err: unknown) => {
    throw new Error(`Build failed: ${err instanceof Error ? err.message.split('\n').slice(0, 3).join(' ') : String(err)}`);
  }),
);
