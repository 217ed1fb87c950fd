/**
 * Browser benchmark of the recruiter check page (/perekrut/cek) in the production build.
 *   npm run build && npm run bench:browser
 *   options: --root DIR (default build/)  --nama "20-char name"  --putaran ROUNDS (default 5)
 *            --throttle "1,4" (CPU slow-down factors to run, via Chrome DevTools emulation)
 * Types a 20-character name one key at a time into "Nama perusahaan atau nomor izin" on a
 * 360×740 viewport and measures, in the page, per keystroke:
 *   update: keydown → the verdict element [data-verdict] reflects the new input (its last DOM
 *           mutation caused by the keystroke; when the keystroke leaves the verdict's DOM
 *           unchanged, the moment the page has finished handling the input event);
 *   frame:  keydown → the next animation frame after that update (≈ when it can be painted).
 * Exits 0, with a message, when build/ has no /perekrut/cek yet.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { buildRegistri } from '../../src/lib/perekrut';
import { loadRegistriFolder } from '../../src/lib/perekrut/load-node';
import { mulaiServer } from '../../tests/situs/server';
import { machineLine, percentile, runBenchmark } from './harness';

const ROOT = join(import.meta.dirname, '..', '..');
const HARI_INI = '2026-11-22';

const { values: arg } = parseArgs({
  options: {
    root: { type: 'string', default: join(ROOT, 'build') },
    nama: { type: 'string' },
    putaran: { type: 'string', default: '5' },
    throttle: { type: 'string', default: '1,4' },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
});

const root = arg.root as string;
if (!existsSync(join(root, 'perekrut', 'cek.html')) && !existsSync(join(root, 'perekrut', 'cek', 'index.html'))) {
  console.log('build/ has no /perekrut/cek yet; run npm run build');
  process.exit(0);
}
if (!existsSync(arg.chromium as string)) {
  console.log(`Chromium not found at ${arg.chromium}; install it (apt-get install chromium) or pass --chromium PATH.`);
  process.exit(0);
}

/** A registered name of exactly 20 characters (so the last keystroke reaches an exact match), else the first 20 of a longer one. */
function pilihNama(): string {
  if (arg.nama) return arg.nama;
  const { entitas } = buildRegistri(loadRegistriFolder(join(ROOT, 'data', 'perekrut')), HARI_INI);
  const tepat = entitas.find((e) => e.nama.length === 20);
  if (tepat) return tepat.nama;
  const panjang = entitas.find((e) => e.nama.length > 20);
  return panjang ? panjang.nama.slice(0, 20) : 'PT Contoh Nama Perus';
}

const PUTARAN = Math.max(1, Number(arg.putaran));
const THROTTLE = (arg.throttle as string)
  .split(',')
  .map(Number)
  .filter((x) => x >= 1);
const nama = pilihNama();

interface Ukur {
  update: number;
  frame: number;
  berubah: boolean;
  verdict: string;
}

/**
 * In-page probes, as plain JavaScript strings: functions passed to page.evaluate would be
 * transpiled by tsx, whose helpers (__name) do not exist in the page.
 * Records keydown time, mutations inside [data-verdict], the moment the input event has been
 * handled (a timeout after React's microtask flush), and the next animation frame.
 */
const PENGUKUR = `(() => {
  const b = { t0: 0, tMut: 0, tSelesai: 0, tFrame: 0, mut: 0 };
  window.__bench = b;
  const frame = () => requestAnimationFrame(() => { b.tFrame = performance.now(); });
  window.addEventListener('keydown', () => {
    b.t0 = performance.now(); b.tMut = 0; b.tSelesai = 0; b.tFrame = 0; b.mut = 0;
  }, true);
  window.addEventListener('input', () => {
    setTimeout(() => { b.tSelesai = performance.now(); if (b.mut === 0) frame(); }, 0);
  });
  const diVerdict = (n) => {
    const el = n && (n.nodeType === 1 ? n : n.parentElement);
    return Boolean(el && el.closest('[data-verdict]'));
  };
  const memuatVerdict = (nodes) => [...nodes].some((n) => n.nodeType === 1 && (n.matches('[data-verdict]') || n.querySelector('[data-verdict]') !== null));
  new MutationObserver((catatan) => {
    const kini = performance.now();
    if (b.t0 === 0) return;
    if (catatan.some((c) => diVerdict(c.target) || (c.type === 'childList' && (memuatVerdict(c.addedNodes) || memuatVerdict(c.removedNodes))))) {
      b.tMut = kini; b.mut += 1; frame();
    }
  }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
})()`;

/** Resolves once the keystroke has been handled, painted, and nothing in the verdict changed for 150 ms. */
const TUNGGU_TENANG = `new Promise((selesai, gagal) => {
  const b = window.__bench;
  const mulai = performance.now();
  const periksa = () => {
    const kini = performance.now();
    const akhir = Math.max(b.tMut, b.tSelesai);
    if (b.tSelesai > 0 && b.tFrame >= (b.mut > 0 ? b.tMut : b.tSelesai) && kini - akhir > 150) {
      const el = document.querySelector('[data-verdict]');
      selesai({
        update: (b.mut > 0 ? b.tMut : b.tSelesai) - b.t0,
        frame: b.tFrame - b.t0,
        berubah: b.mut > 0,
        verdict: el ? el.getAttribute('data-verdict') : '(none)',
      });
    } else if (kini - mulai > 5000) gagal(new Error('no response to the keystroke within 5 s'));
    else setTimeout(periksa, 10);
  };
  periksa();
})`;

async function pasangPengukur(page: Page): Promise<void> {
  await page.evaluate(PENGUKUR);
}

async function tungguTenang(page: Page): Promise<Ukur> {
  return (await page.evaluate(TUNGGU_TENANG)) as Ukur;
}

async function utama(): Promise<number> {
  const server = await mulaiServer(root);
  const browser = await chromium.launch({
    executablePath: arg.chromium,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  let kodeKeluar = 0;
  try {
    console.log('Recruiter check page benchmark (scripts/bench/perekrut-browser.ts)');
    console.log(machineLine(`Chromium ${browser.version()}`));
    console.log(`page ${server.url}/perekrut/cek at 360×740; typing "${nama}" (${nama.length} chars), ${PUTARAN} rounds after 1 warm-up round`);
    console.log('');
    const baris: string[] = [];
    for (const lambat of THROTTLE) {
      const konteks = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, bypassCSP: true }); // the in-page probe is evaluated from a string, which the site's CSP refuses
      const page = await konteks.newPage();
      if (lambat > 1) {
        const cdp = await konteks.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: lambat });
      }
      const tMuat = Date.now();
      await page.goto(`${server.url}/perekrut/cek`, { waitUntil: 'load' });
      const input = page.getByLabel('Nama perusahaan atau nomor izin', { exact: true });
      await input.waitFor({ state: 'visible', timeout: 15_000 });
      await pasangPengukur(page);
      // Ready when typing changes the verdict element (i.e. the page has hydrated).
      const awal = await page.locator('[data-verdict]').first().getAttribute('data-verdict');
      await input.click();
      for (let coba = 0; ; coba += 1) {
        await input.fill('x');
        const siap = await page
          .waitForFunction(`document.querySelector('[data-verdict]')?.getAttribute('data-verdict') !== ${JSON.stringify(awal)}`, undefined, { timeout: 1000 })
          .then(
            () => true,
            () => false,
          );
        if (siap) break;
        if (coba >= 15) throw new Error('the verdict element never reacted to input (page not hydrated?)');
      }
      const msSiap = Date.now() - tMuat;
      const sampel: Ukur[] = [];
      for (let r = 0; r <= PUTARAN; r += 1) {
        await input.fill('');
        await page.waitForTimeout(200);
        for (const c of nama) {
          await page.keyboard.type(c);
          const u = await tungguTenang(page);
          if (r > 0) sampel.push(u);
        }
        const nilai = await input.inputValue();
        if (nilai !== nama) throw new Error(`input holds "${nilai}", expected "${nama}"`);
      }
      const akhir = await page.locator('[data-verdict]').first().getAttribute('data-verdict');
      const update = sampel.map((s) => s.update);
      const frame = sampel.map((s) => s.frame);
      const berubah = sampel.filter((s) => s.berubah).length;
      baris.push(
        [
          `${lambat}x CPU`.padEnd(7),
          `${String(sampel.length).padStart(4)} keys`,
          `update median ${percentile(update, 50).toFixed(2)} ms, p95 ${percentile(update, 95).toFixed(2)} ms, max ${percentile(update, 100).toFixed(2)} ms`,
          `next frame median ${percentile(frame, 50).toFixed(1)} ms, p95 ${percentile(frame, 95).toFixed(1)} ms`,
          `verdict DOM changed on ${berubah}/${sampel.length}; final verdict ${akhir}; page ready ${msSiap} ms`,
        ].join(' | '),
      );
      await konteks.close();
    }
    for (const b of baris) console.log(b);
  } catch (err) {
    console.error(`browser benchmark failed: ${(err as Error).message}`);
    kodeKeluar = 1;
  } finally {
    await browser.close();
    await server.tutup();
  }
  return kodeKeluar;
}

runBenchmark(utama);
