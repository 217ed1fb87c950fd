import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { jalurChromium } from './chromium';
import { pakaiSitus } from './situs';
import { tanggalDiperbarui } from './konten';

describe.skipIf(!jalurChromium)('production site in Chromium', () => {
  const situs = pakaiSitus();

  /** Opens a path on a phone-sized screen, recording console errors and every host asked for. */
  async function buka(path: string): Promise<{ page: Page; galatKonsol: string[]; hostLain: string[] }> {
    const page = await situs.browser.newPage({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
    const galatKonsol: string[] = [];
    const hostLain: string[] = [];
    const lokal = new URL(situs.url).host;
    page.on('console', (m) => {
      if (m.type() === 'error') galatKonsol.push(m.text());
    });
    page.on('pageerror', (e) => galatKonsol.push(e.message));
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (/^https?:$/.test(u.protocol) && u.host !== lokal) hostLain.push(r.url());
    });
    const res = await page.goto(`${situs.url}${path}`, { waitUntil: 'networkidle' });
    expect(res?.status()).toBe(200);
    return { page, galatKonsol, hostLain };
  }

  it('home page: title, three doors on a 360 px screen without sideways scrolling, search box', async () => {
    const { page, galatKonsol, hostLain } = await buka('/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Pustaka TPPO');
    const pintu = page.getByRole('navigation', { name: 'Pilih peran Anda' }).getByRole('link');
    await expect(pintu.allTextContents()).resolves.toEqual([
      expect.stringContaining('Saya ketua RT'),
      expect.stringContaining('Saya mencari kerja'),
      expect.stringContaining('Saya pelatih'),
    ]);
    for (const box of await Promise.all((await pintu.all()).map((l) => l.boundingBox()))) {
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(360);
      expect(box!.height).toBeGreaterThanOrEqual(44);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expect(page.getByRole('searchbox', { name: 'Cari di Pustaka TPPO' }).isVisible()).resolves.toBe(true);
    expect(galatKonsol).toEqual([]);
    expect(hostLain).toEqual([]);
    await page.close();
  });

  it('a doc page shows its verification state, sources and review date', async () => {
    const { page, galatKonsol, hostLain } = await buka('/sop/lapor-rt');
    await expect(page.locator('h1').count()).resolves.toBe(1);
    await expect(page.getByText('Sebagian terverifikasi').first().isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: 'Sumber', exact: true }).isVisible()).resolves.toBe(true);
    await expect(
      page
        .locator('[aria-labelledby="info-sumber-judul"]')
        .getByText(`Terakhir diperiksa: ${tanggalDiperbarui('sop/lapor-rt.mdx')}`)
        .isVisible(),
    ).resolves.toBe(true);
    expect(galatKonsol).toEqual([]);
    expect(hostLain).toEqual([]);
    await page.close();
  });

  it.each(['/regulasi', '/sop/tanda-bahaya', '/sop/buat-laporan', '/gugus-tugas/ntt', '/gugus-tugas/kota-kupang'])(
    '%s renders with no console error and no foreign request',
    async (path) => {
      const { page, galatKonsol, hostLain } = await buka(path);
      await page.waitForTimeout(300);
      expect(galatKonsol).toEqual([]);
      expect(hostLain).toEqual([]);
      await page.close();
    },
  );

  it('search box on the home page finds a page', async () => {
    const { page, galatKonsol } = await buka('/');
    await page.getByRole('searchbox').fill('perekrut');
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    await page.waitForURL(/\/cari\?q=perekrut/);
    await expect
      .poll(() =>
        page
          .getByTestId('hasil-cari')
          .getByRole('link', { name: /Cek perekrut sebelum berangkat/ })
          .count(),
      )
      .toBeGreaterThan(0);
    expect(galatKonsol).toEqual([]);
    await page.close();
  });

  it('English: the locale switch works and the interface is translated', async () => {
    const { page, galatKonsol, hostLain } = await buka('/en');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en-GB');
    await expect(page.getByRole('link', { name: /I am an RT head/ }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('searchbox', { name: 'Search Pustaka TPPO' }).isVisible()).resolves.toBe(true);
    const { page: doc } = await buka('/en/tentang');
    await expect(doc.locator('h1').textContent()).resolves.toBe('About Pustaka TPPO');
    await expect(doc.getByRole('heading', { name: 'Sources' }).isVisible()).resolves.toBe(true);
    expect(galatKonsol).toEqual([]);
    expect(hostLain).toEqual([]);
    await page.close();
    await doc.close();
  });
});
