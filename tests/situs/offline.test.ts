import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { jalurChromium } from './chromium';
import { mulaiServer } from './server';
import { halaman, selectOne, selectAll, textOf, type Element } from './html';
import { tanggalDiperbarui } from './konten';
import { BUILD, pakaiSitus } from './situs';

/** Everything the site could have left on the reader's device. */
async function isiPenyimpanan(page: Page): Promise<{ cache: string[]; idb: string[]; lokal: number; sesi: number; pekerja: number }> {
  return page.evaluate(async () => ({
    cache: await caches.keys(),
    idb: (await indexedDB.databases()).map((d) => d.name ?? ''),
    lokal: localStorage.length,
    sesi: sessionStorage.length,
    pekerja: (await navigator.serviceWorker.getRegistrations()).length,
  }));
}

async function simpanOffline(page: Page): Promise<void> {
  const status = page.locator('[data-offline]').first();
  await expect.poll(() => status.getAttribute('data-offline'), { timeout: 15_000 }).toBe('awal');
  await page.getByRole('button', { name: 'Simpan untuk dibaca offline' }).first().click();
  await expect.poll(() => status.getAttribute('data-offline'), { timeout: 30_000 }).toBe('siap');
}

describe.skipIf(!jalurChromium)('offline copy: consent, readiness, use without signal', () => {
  const situs = pakaiSitus();
  let context: BrowserContext;

  it('stores nothing at all before the reader presses Simpan, over several pages, search and the checker', async () => {
    context = await situs.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    for (const p of ['/', '/sop/lapor-rt', '/perekrut/cek', '/sop/buat-laporan', '/cari?q=restitusi']) {
      await page.goto(`${situs.url}${p}`, { waitUntil: 'networkidle' });
    }
    await page.getByRole('combobox', { name: 'Cari di Pustaka TPPO' }).fill('kupang');
    await expect.poll(() => page.getByRole('option').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect(isiPenyimpanan(page)).resolves.toEqual({ cache: [], idb: [], lokal: 0, sesi: 0, pekerja: 0 });
    await context.close();
  });

  it('the size the button announces is the size of the copy', async () => {
    const sw = readFileSync(join(BUILD, 'sw.js'), 'utf8');
    const c = JSON.parse(sw.slice(sw.indexOf('{'), sw.indexOf(';\n'))) as { halaman: Record<string, [string, string]>; berkas: Record<string, string> };
    const ukuran = [...Object.values(c.halaman).map(([f]) => f), ...Object.keys(c.berkas)].reduce((a, u) => a + statSync(join(BUILD, u)).size, 0);
    const mb = Number(/Sekitar ([\d,]+) MB/.exec(textOf(halaman('sop/lapor-rt')))?.[1]?.replace(',', '.'));
    expect(Math.abs(ukuran / 1_048_576 - mb) / mb, `salinan ${(ukuran / 1_048_576).toFixed(2)} MB, tombol bilang ${mb} MB`).toBeLessThan(0.3);
  });

  it('"Siap offline" only after the copy is checked; then the SOP, checker, search, report builder, /lapor and /cek work without signal, and an unsaved page shows the offline page', async () => {
    context = await situs.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${situs.url}/sop/lapor-rt`, { waitUntil: 'networkidle' });
    await simpanOffline(page);
    await expect(page.locator('[data-offline]').first().textContent()).resolves.toMatch(/^Siap offline: 11 halaman inti .* MB, diperiksa utuh\./);

    situs.server.putus(true);
    try {
      await page.reload({ waitUntil: 'load' });
      await expect(page.locator('h1').textContent()).resolves.toMatch(/ketua RT/);
      await expect.poll(() => page.locator('[data-offline]').first().getAttribute('data-offline'), { timeout: 15_000 }).toBe('siap');

      await page.goto(`${situs.url}/perekrut/cek`, { waitUntil: 'load' });
      await page.getByLabel('Nama perusahaan atau nomor izin').fill('arwana citra lestari');
      await expect.poll(() => page.locator('[data-verdict]').getAttribute('data-verdict')).toBe('disebut_berizin');

      await page.goto(`${situs.url}/cari?q=restitusi`, { waitUntil: 'load' });
      await expect.poll(() => page.locator('main a[href*="/regulasi/"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
      const kotak = page.getByRole('combobox', { name: 'Cari di Pustaka TPPO' });
      await kotak.fill('pencekalan');
      await expect.poll(() => page.getByRole('option').count(), { timeout: 15_000 }).toBeGreaterThan(0);

      await page.goto(`${situs.url}/sop/buat-laporan`, { waitUntil: 'load' });
      await page.getByLabel(/Apa yang Anda lihat/).fill('Delapan perempuan muda tinggal di satu kamar kos.');
      await page.getByLabel('Di mana?').fill('Kos dekat pasar');
      await expect.poll(() => page.getByTestId('pesan-laporan').textContent()).toContain('Delapan perempuan muda');

      await page.goto(`${situs.url}/lapor`);
      await page.waitForURL(/\/sop\/lapor-rt$/);
      await expect.poll(() => page.locator('h1').textContent()).toMatch(/ketua RT/);
      await page.goto(`${situs.url}/cek`);
      await page.waitForURL(/\/perekrut\/cek$/);
      await expect.poll(() => page.locator('h1').textContent()).toMatch(/perekrut/i);

      // An unsaved page, opened directly and through a link inside the app.
      await page.goto(`${situs.url}/regulasi/uu-21-2007`, { waitUntil: 'load' });
      await expect(page.locator('h1').textContent()).resolves.toBe('Halaman ini belum tersimpan di ponsel ini');
      await expect(page.locator('main li a').count()).resolves.toBe(9);
      await page.getByRole('link', { name: 'Cek nama perekrut' }).first().click();
      await expect.poll(() => page.locator('[data-offline]').first().getAttribute('data-offline'), { timeout: 15_000 }).toBe('siap');
      await page.goto(`${situs.url}/sop/lapor-rt`, { waitUntil: 'load' });
      await page.locator('article a[href^="/regulasi/"]').first().click();
      await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe('Halaman ini belum tersimpan di ponsel ini');
    } finally {
      situs.server.putus(false);
    }
    await context.close();
  });

  it('the English site keeps its own copy, with its own worker, and says so in English', async () => {
    context = await situs.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${situs.url}/en/sop/lapor-rt`, { waitUntil: 'networkidle' });
    const status = page.locator('[data-offline]').first();
    await page.getByRole('button', { name: 'Save for offline reading' }).first().click();
    await expect.poll(() => status.getAttribute('data-offline'), { timeout: 30_000 }).toBe('siap');
    await expect(status.textContent()).resolves.toMatch(/^Ready offline/);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).map((r) => new URL(r.scope).pathname))).toEqual(['/en/']);
    situs.server.putus(true);
    try {
      await page.reload({ waitUntil: 'load' });
      await expect(page.locator('h1').textContent()).resolves.toMatch(/RT head/i);
      await page.goto(`${situs.url}/en/regulasi/uu-21-2007`, { waitUntil: 'load' });
      await expect(page.locator('h1').textContent()).resolves.toBe('This page is not saved on this phone');
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en-GB');
    } finally {
      situs.server.putus(false);
    }
    await context.close();
  });

  it('"Siap offline" goes when part of the copy is lost or the browser evicts it, and everything goes with "Hapus salinan offline"', async () => {
    context = await situs.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${situs.url}/sop/lapor-rt`, { waitUntil: 'networkidle' });
    await simpanOffline(page);
    const status = page.locator('[data-offline]').first();

    // One stored file gone: the copy is no longer called ready.
    await page.evaluate(async () => {
      for (const n of await caches.keys()) await (await caches.open(n)).delete('/sop/tanda-bahaya');
    });
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => status.getAttribute('data-offline'), { timeout: 15_000 }).toBe('rusak');
    await expect(status.textContent()).resolves.toMatch(/tidak utuh lagi/);

    // The whole store evicted (as the browser does under storage pressure).
    await page.evaluate(async () => {
      for (const n of await caches.keys()) await caches.delete(n);
    });
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => status.getAttribute('data-offline'), { timeout: 15_000 }).toBe('awal');

    await simpanOffline(page);
    await page.getByRole('button', { name: 'Hapus salinan offline' }).first().click();
    // Deleting the caches and the worker can take a few seconds on a slow machine.
    await expect.poll(() => status.getAttribute('data-offline'), { timeout: 15_000 }).toBe('awal');
    await expect.poll(() => isiPenyimpanan(page), { timeout: 15_000 }).toEqual({ cache: [], idb: [], lokal: 0, sesi: 0, pekerja: 0 });
    await context.close();
  });
});

describe.skipIf(!jalurChromium)('printed pages carry the address they were opened at', () => {
  it('on another origin, the print footer shows location.href and its QR code; Ctrl+P before the generator loaded prints no code', async () => {
    const server = await mulaiServer(BUILD, { host: '127.0.0.2' });
    const { bukaChromium } = await import('./chromium');
    const browser = await bukaChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/sop/lapor-rt#langkah-2`, { waitUntil: 'networkidle' });
      const kaki = page.locator('.cetak-kaki');
      // Ctrl+P: printing starts before any generator was loaded.
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await page.emulateMedia({ media: 'print' });
      await expect(kaki.locator('.cetak-kaki-alamat').textContent()).resolves.toBe(`${server.url}/sop/lapor-rt#langkah-2`);
      await expect(kaki.locator('svg').isVisible()).resolves.toBe(false);
      for (const sel of ['.navbar', '.theme-doc-sidebar-container', '.footer']) {
        await expect(
          page
            .locator(sel)
            .first()
            .evaluate((el) => getComputedStyle(el).display),
        ).resolves.toBe('none');
      }
      await expect(kaki.textContent()).resolves.toContain(`Terakhir diperiksa: ${tanggalDiperbarui('sop/lapor-rt.mdx')}`);
      await page.emulateMedia({ media: 'screen' });

      // The page's own Cetak button loads the generator first.
      await page.evaluate(() => {
        window.print = () => window.dispatchEvent(new Event('beforeprint'));
      });
      await page.getByRole('button', { name: 'Cetak' }).first().click();
      await expect.poll(() => kaki.locator('svg').count()).toBe(1);
      const href = await page.evaluate(() => location.href);
      // The same code as the qrcode package makes for that address (compared by its modules).
      const modul = (svg: string): string | undefined => /stroke="#000000" d="([^"]+)"/.exec(svg)?.[1];
      const svg = await kaki.locator('.cetak-kaki-qr').innerHTML();
      expect(modul(svg)).toBe(modul(await QRCode.toString(href, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' })));
      await page.emulateMedia({ media: 'print' });
      await expect(kaki.evaluate((el) => getComputedStyle(el).display)).resolves.toBe('flex');
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    } finally {
      await browser.close();
      await server.tutup();
    }
  });

  it('without script, a build without SITE_URL prints the path and no QR code', async () => {
    const kaki = selectOne(halaman('sop/lapor-rt'), '.cetak-kaki');
    expect(kaki).toBeDefined();
    const alamat = selectOne(kaki as Element, '.cetak-kaki-alamat');
    expect(alamat && textOf(alamat)).toBe('/sop/lapor-rt');
    expect(selectAll(kaki as Element, 'svg')).toEqual([]);
  });
});
