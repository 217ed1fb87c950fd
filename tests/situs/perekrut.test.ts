import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { jalurChromium } from './chromium';
import { pakaiSitus } from './situs';

describe.skipIf(!jalurChromium)('a job seeker checks a recruiter on a 360 px phone', () => {
  const situs = pakaiSitus();
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await situs.browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    page = await context.newPage();
    await page.goto(`${situs.url}/`, { waitUntil: 'networkidle' });
    await page.getByRole('link', { name: /Saya mencari kerja/ }).tap();
    await page.getByRole('link', { name: 'Cek nama perekrut di sini' }).tap();
    await page.waitForURL(/\/perekrut\/cek$/);
  });

  const kotak = () => page.getByLabel('Nama perusahaan atau nomor izin');
  const verdict = () => page.locator('[data-verdict]');

  it('a name typed with odd case, spacing and punctuation is terdaftar, with its dated source', async () => {
    await kotak().fill('p.t.  ARWANA   citra-lestari');
    await expect.poll(() => verdict().getAttribute('data-verdict')).toBe('terdaftar');
    await expect(verdict().textContent()).resolves.toMatch(/PT Arwana Citra Lestari/);
    await expect(verdict().textContent()).resolves.toMatch(/Bukti terakhir \(\d/);
  });

  it('a typo is mirip, never terdaftar, and offers the licensed name first', async () => {
    await kotak().fill('Arwana Citra Lestri');
    await expect.poll(() => verdict().getAttribute('data-verdict')).toBe('mirip');
    await expect(verdict().locator('li strong').first().textContent()).resolves.toBe('PT Arwana Citra Lestari');
  });

  it('a decoy one word away is mirip, not terdaftar', async () => {
    await kotak().fill('PT Arwana Citra Lestari Abadi');
    await expect.poll(() => verdict().getAttribute('data-verdict')).toBe('mirip');
  });

  it('an unknown name says not found is not proof, and where to check', async () => {
    await kotak().fill('PT Xylofon Ubergrun');
    await expect.poll(() => verdict().getAttribute('data-verdict')).toBe('tidak_ditemukan');
    await expect(verdict().textContent()).resolves.toMatch(/belum berarti perusahaannya ilegal/);
    await expect(verdict().textContent()).resolves.toMatch(/SISKOP2MI/);
  });

  it('works offline and sends nothing of what is typed', async () => {
    const keluar: string[] = [];
    page.on('request', (r) => keluar.push(`${r.method()} ${r.url()} ${r.postData() ?? ''}`));
    await context.setOffline(true);
    await kotak().fill('Multi Intan Amanah Internasional');
    await expect.poll(() => verdict().getAttribute('data-verdict')).toBe('izin_tidak_aktif');
    expect(keluar.filter((r) => /intan|amanah/i.test(decodeURIComponent(r)) || !r.startsWith(`GET ${situs.url}/assets/`))).toEqual([]);
    await context.setOffline(false);
  });

  it('HTML typed into the box stays text', async () => {
    let dialog = false;
    page.on('dialog', (d) => {
      dialog = true;
      void d.dismiss();
    });
    await kotak().fill('<img src=x onerror=alert(1)>');
    await page.waitForTimeout(300);
    expect(dialog).toBe(false);
    await expect(page.locator('[data-verdict] img').count()).resolves.toBe(0);
  });

  it('the registry list has a stable anchor per company', async () => {
    await page.goto(`${situs.url}/perekrut/daftar#p-arwanacitralestari`, { waitUntil: 'networkidle' });
    await expect(page.locator('#p-arwanacitralestari').textContent()).resolves.toMatch(/PT Arwana Citra Lestari/);
  });
});
