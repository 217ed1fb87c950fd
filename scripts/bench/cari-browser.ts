/**
 * Browser benchmark of the navbar search box in the production build: how long a person on a
 * slow phone waits for the first result.
 *   npm run build && npm run bench:cari-browser
 *   options: --root DIR (default build/)  --putaran RUNS (default 5)  --cpu FACTOR (default 4)
 *            --kata WORD (default "lapor")  --chromium PATH
 *            --kondisi "lokal,3g,3g-gzip" (which network conditions to run; default all three)
 * Each run opens /sop/lapor-rt in a fresh browser context (empty cache) at 360×740 with the CPU
 * slowed down by DevTools emulation, waits until the page is hydrated and the network is idle,
 * then focuses the search box ("Cari di Pustaka TPPO"), types the word, and measures, in the
 * page, from the focus event until the first [role="option"] is in the DOM (and the frame after).
 * The search box starts loading the index and the search code on focus.
 *   lokal    no network throttling, served by tests/situs/server.ts (uncompressed)
 *   3g       DevTools network emulation 750 kbit/s down, 250 kbit/s up, 100 ms latency, same server
 *   3g-gzip  the same 3G profile from a second server that gzips (-9) text, as a static host
 *            that compresses JS and JSON would send it
 * Exits 0, with a message, when the build or Chromium is missing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { mulaiServer } from '../../tests/situs/server';
import { machineLine, median, runBenchmark } from './harness';

const ROOT = join(import.meta.dirname, '..', '..');

const { values: arg } = parseArgs({
  options: {
    root: { type: 'string', default: join(ROOT, 'build') },
    putaran: { type: 'string', default: '5' },
    cpu: { type: 'string', default: '4' },
    kata: { type: 'string', default: 'lapor' },
    kondisi: { type: 'string', default: 'lokal,3g,3g-gzip' },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
});

const root = arg.root as string;
const PUTARAN = Math.max(1, Number(arg.putaran));
const CPU = Math.max(1, Number(arg.cpu));
const KATA = arg.kata as string;
const KONDISI = (arg.kondisi as string)
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const HALAMAN = '/sop/lapor-rt';

if (!existsSync(join(root, 'indeks-cari.json')) || !existsSync(join(root, 'sop', 'lapor-rt.html'))) {
  console.log(`${root} has no search index or ${HALAMAN}; run npm run build`);
  process.exit(0);
}
if (!existsSync(arg.chromium as string)) {
  console.log(`Chromium not found at ${arg.chromium}; install it (apt-get install chromium) or pass --chromium PATH.`);
  process.exit(0);
}

/** DevTools' "Regular 3G" figures; CDP takes bytes per second (1 kbit = 1,024 bit, as DevTools). */
const TIGA_G = { offline: false, latency: 100, downloadThroughput: (750 * 1024) / 8, uploadThroughput: (250 * 1024) / 8 };

/**
 * In-page probe, as a plain JavaScript string (functions passed to the page would be transpiled
 * by tsx, whose helpers do not exist there). Records the focus of the search box, each input
 * event, and the first [role="option"] in the DOM, with the animation frame after it.
 */
const PENGUKUR = `(() => {
  const b = { tFokus: 0, tKetikAkhir: 0, tOpsi: 0, tFrame: 0, nilai: '', opsi: 0 };
  window.__benchCari = b;
  document.addEventListener('focusin', (e) => {
    if (b.tFokus === 0 && e.target && e.target.getAttribute && e.target.getAttribute('role') === 'combobox') b.tFokus = performance.now();
  }, true);
  document.addEventListener('input', () => { b.tKetikAkhir = performance.now(); }, true);
  new MutationObserver(() => {
    if (b.tFokus === 0 || b.tOpsi !== 0) return;
    const semua = document.querySelectorAll('[role="option"]');
    if (semua.length === 0) return;
    b.tOpsi = performance.now();
    b.opsi = semua.length;
    const kotak = document.querySelector('input[role="combobox"]');
    b.nilai = kotak ? kotak.value : '';
    requestAnimationFrame(() => { b.tFrame = performance.now(); });
  }).observe(document, { subtree: true, childList: true });
})()`;

/** The search files fetched after focus, with when each finished relative to the focus. */
const SUMBER = `(() => {
  const b = window.__benchCari;
  return performance.getEntriesByType('resource')
    .filter((e) => e.startTime >= b.tFokus - 1)
    .map((e) => ({ nama: new URL(e.name).pathname, jenis: e.initiatorType, mulai: e.startTime - b.tFokus, selesai: e.responseEnd - b.tFokus, transfer: e.transferSize, badan: e.encodedBodySize }));
})()`;

const SIAP = `(() => {
  const el = document.querySelector('input[role="combobox"]');
  return Boolean(el && Object.keys(el).some((k) => k.startsWith('__reactProps')));
})()`;

interface Sumber {
  nama: string;
  jenis: string;
  mulai: number;
  selesai: number;
  transfer: number;
  badan: number;
}
interface Satu {
  opsi: number;
  frame: number;
  ketikAkhir: number;
  nilai: string;
  jumlahOpsi: number;
  indeks: number;
  indeksMulai: number;
  js: number;
  sumber: Sumber[];
  muatHalaman: number;
}

async function satuPutaran(browser: Browser, url: string, jaringan: boolean): Promise<Satu> {
  const konteks = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, bypassCSP: true }); // the in-page probe is evaluated from a string, which the site's CSP refuses
  try {
    await konteks.addInitScript(PENGUKUR);
    const page: Page = await konteks.newPage();
    const cdp = await konteks.newCDPSession(page);
    if (CPU > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
    if (jaringan) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', TIGA_G);
    }
    const t = Date.now();
    // Settled: hydrated, and no request in flight or started for 1.5 s. Docusaurus prefetches
    // the routes of visible links once the page is idle; those would share the bandwidth.
    let terbuka = 0;
    let terakhir = Date.now();
    page.on('request', () => {
      terbuka += 1;
      terakhir = Date.now();
    });
    const selesaiSatu = (): void => {
      terbuka -= 1;
      terakhir = Date.now();
    };
    page.on('requestfinished', selesaiSatu);
    page.on('requestfailed', selesaiSatu);
    await page.goto(`${url}${HALAMAN}`, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForFunction(SIAP, undefined, { timeout: 120_000, polling: 50 });
    while (terbuka > 0 || Date.now() - terakhir < 1500) {
      if (Date.now() - t > 180_000) throw new Error('the page never settled');
      await page.waitForTimeout(100);
    }
    const muatHalaman = Date.now() - t;
    const kotak = page.getByRole('combobox', { name: 'Cari di Pustaka TPPO' });
    await kotak.focus();
    await page.keyboard.type(KATA);
    await page.locator('[role="option"]').first().waitFor({ state: 'attached', timeout: 120_000 });
    await page.waitForFunction('window.__benchCari.tFrame > 0', undefined, { timeout: 10_000 });
    const b = (await page.evaluate('window.__benchCari')) as { tFokus: number; tKetikAkhir: number; tOpsi: number; tFrame: number; nilai: string; opsi: number };
    const sumber = (await page.evaluate(SUMBER)) as Sumber[];
    const selesai = (re: RegExp): number => Math.max(0, ...sumber.filter((s) => re.test(s.nama)).map((s) => s.selesai));
    return {
      opsi: b.tOpsi - b.tFokus,
      frame: b.tFrame - b.tFokus,
      ketikAkhir: b.tKetikAkhir - b.tFokus,
      nilai: b.nilai,
      jumlahOpsi: b.opsi,
      indeks: selesai(/\/cari\/indeks\.[0-9a-f]+\.json$/),
      indeksMulai: sumber.find((s) => /\/cari\/indeks\.[0-9a-f]+\.json$/.test(s.nama))?.mulai ?? Number.NaN,
      js: Math.max(0, ...sumber.filter((s) => s.jenis === 'script' && s.nama.endsWith('.js')).map((s) => s.selesai)),
      sumber,
      muatHalaman,
    };
  } finally {
    await konteks.close();
  }
}

const ms = (x: number): string => `${Math.round(x).toLocaleString('en-US')} ms`;

async function utama(): Promise<number> {
  const server = await mulaiServer(root);
  const proksi = KONDISI.includes('3g-gzip') ? await mulaiServer(root, { gzip: true }) : undefined;
  const browser = await chromium.launch({
    executablePath: arg.chromium,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  let kode = 0;
  try {
    console.log('Search box benchmark (scripts/bench/cari-browser.ts)');
    console.log(machineLine(`Chromium ${browser.version()}`));
    console.log(`${root}; page ${HALAMAN} at 360×740, CPU ${CPU}× slower; focus, type "${KATA}", until the first [role="option"]; median of ${PUTARAN} runs, fresh context each`);
    console.log(`3G: ${TIGA_G.downloadThroughput} B/s down, ${TIGA_G.uploadThroughput} B/s up, ${TIGA_G.latency} ms latency (DevTools network emulation)`);
    console.log('');
    for (const k of KONDISI) {
      const jaringan = k.startsWith('3g');
      const url = k === '3g-gzip' ? (proksi as { url: string }).url : server.url;
      const hasil: Satu[] = [];
      for (let r = 0; r < PUTARAN; r += 1) hasil.push(await satuPutaran(browser, url, jaringan));
      const m = (f: (s: Satu) => number): number => median(hasil.map(f));
      const opsi = hasil.map((h) => h.opsi);
      console.log(
        `${k.padEnd(8)} first option ${ms(m((h) => h.opsi))} median (min ${ms(Math.min(...opsi))}, max ${ms(Math.max(...opsi))}); ` +
          `frame after it ${ms(m((h) => h.frame))}; index requested ${ms(m((h) => h.indeksMulai))}, fetched ${ms(m((h) => h.indeks))}; last search JS fetched ${ms(m((h) => h.js))}; ` +
          `typing done ${ms(m((h) => h.ketikAkhir))}; page settled before focus ${ms(m((h) => h.muatHalaman))}; ` +
          `input at first option "${hasil.map((h) => h.nilai).join('", "')}", ${hasil[0]?.jumlahOpsi ?? 0} options`,
      );
      const contoh = hasil[0];
      if (contoh) {
        const berkas = contoh.sumber.map(
          (s) => `${s.nama} [${s.jenis}] (${s.transfer.toLocaleString('en-US')} B transferred, ${s.badan.toLocaleString('en-US')} B body, ${ms(s.mulai)}–${ms(s.selesai)})`,
        );
        console.log(`         fetched after focus (run 1): ${berkas.join('; ')}`);
      }
    }
  } catch (err) {
    console.error(`browser benchmark failed: ${(err as Error).stack ?? String(err)}`);
    kode = 1;
  } finally {
    await browser.close();
    await proksi?.tutup();
    await server.tutup();
  }
  return kode;
}

runBenchmark(utama);
