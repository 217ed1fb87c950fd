import { describe, expect, it } from 'vitest';
import { jalurChromium } from './chromium';
import { pakaiSitus } from './situs';

describe.skipIf(!jalurChromium)('offline use, print and section links', () => {
  const situs = pakaiSitus();


  it('"Simpan untuk dibaca offline" keeps the SOP, the recruiter check and search usable without a network', async () => {
    const context = await situs.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${situs.url}/sop/lapor-rt`, { waitUntil: 'networkidle' });
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    const status = page.locator('[data-offline]').first();
    await expect(status.getAttribute('data-offline')).resolves.toBe('awal');
    await page.getByRole('button', { name: 'Simpan untuk dibaca offline' }).first().click();
    await expect.poll(() => status.getAttribute('data-offline'), { timeout: 30_000 }).toBe('siap');
    await expect(status.textContent()).resolves.toMatch(/^Siap offline/);

    await context.setOffline(true);
    await page.reload({ waitUntil: 'load' });
    await expect(page.locator('h1').textContent()).resolves.toMatch(/ketua RT/);
    await expect(page.locator('#langkah-1').isVisible()).resolves.toBe(true);

    await page.goto(`${situs.url}/perekrut/cek`, { waitUntil: 'load' });
    await page.getByLabel('Nama perusahaan atau nomor izin').fill('arwana citra lestari');
    await expect.poll(() => page.locator('[data-verdict]').getAttribute('data-verdict')).toBe('disebut_berizin');

    const kotak = page.getByRole('combobox', { name: 'Cari di Pustaka TPPO' });
    await kotak.fill('restitusi');
    await expect.poll(() => page.getByRole('option').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await context.close();
  });

  it('a printed SOP has no navigation chrome and shows its address, review date and a QR code', async () => {
    const page = await situs.browser.newPage();
    await page.goto(`${situs.url}/sop/lapor-rt`, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['.navbar', '.theme-doc-sidebar-container', '.footer']) {
      await expect(page.locator(sel).first().evaluate((el) => getComputedStyle(el).display)).resolves.toBe('none');
    }
    const kaki = page.locator('.cetak-kaki');
    await expect(kaki.evaluate((el) => getComputedStyle(el).display)).resolves.toBe('flex');
    await expect(kaki.textContent()).resolves.toMatch(/\/sop\/lapor-rt/);
    await expect(kaki.textContent()).resolves.toMatch(/Terakhir diperiksa: 22 November 2026/);
    await expect(kaki.locator('svg').count()).resolves.toBe(1);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.emulateMedia({ media: 'screen' });
    await expect(kaki.evaluate((el) => getComputedStyle(el).display)).resolves.toBe('none');
    await page.close();
  });

  it('every SOP step has a link control, and a QR code of that step is made on the phone', async () => {
    const context = await situs.browser.newContext({ viewport: { width: 360, height: 740 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: situs.url });
    const page = await context.newPage();
    const luar: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(situs.url)) luar.push(r.url());
    });
    await page.goto(`${situs.url}/sop/lapor-rt`, { waitUntil: 'networkidle' });
    const langkah = await page.locator('h2[id^="langkah-"]').count();
    expect(langkah).toBeGreaterThanOrEqual(5);
    await page.getByRole('button', { name: /^Salin tautan ke Langkah 3/ }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${situs.url}/sop/lapor-rt#langkah-3`);
    await page.getByRole('button', { name: /^Tampilkan kode QR untuk Langkah 3/ }).click();
    await expect.poll(() => page.locator('dialog[open] svg').count()).toBe(1);
    await expect(page.locator('dialog[open]').textContent()).resolves.toContain('/sop/lapor-rt#langkah-3');
    expect(luar).toEqual([]);
    await context.close();
  });
});
