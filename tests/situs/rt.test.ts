import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { jalurChromium } from './chromium';
import { pakaiSitus } from './situs';

describe.skipIf(!jalurChromium)('an RT head on a 360 px phone', () => {
  const situs = pakaiSitus();
  let context: BrowserContext;

  async function ponsel(): Promise<Page> {
    context = await situs.browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    return context.newPage();
  }

  it('reaches the SOP in one tap from home, sees hotlines to tap, and gets a WhatsApp message from the report builder', async () => {
    const page = await ponsel();
    await page.goto(`${situs.url}/`, { waitUntil: 'networkidle' });
    await page.getByRole('link', { name: /Saya ketua RT/ }).tap();
    await page.waitForURL(/\/sop\/lapor-rt$/);
    // Client-side navigation: the address changes before the new page has rendered.
    await expect.poll(() => page.locator('h1').textContent()).toMatch(/ketua RT/i);

    const polisi = page.locator('a[href="tel:110"]').first();
    await expect(polisi.isVisible()).resolves.toBe(true);
    await expect(page.locator('a[href="tel:129"]:visible').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('a[href="https://wa.me/628111129129"]').count()).resolves.toBeGreaterThan(0);

    await page.goto(`${situs.url}/sop/buat-laporan`, { waitUntil: 'networkidle' });
    // An adult man: no SAPA 129 (a service for women and children); the police by phone.
    const siapa = page.getByLabel(/Siapa yang terancam/);
    await siapa.selectOption('laki_laki');
    await expect(page.locator('a[data-kontak="sapa-129"]').count()).resolves.toBe(0);
    await expect(page.getByTestId('laporan-telepon').locator('a[href="tel:110"]').count()).resolves.toBe(1);
    await siapa.selectOption('perempuan');
    const kirim = page.getByRole('link', { name: 'Kirim ke SAPA 129 lewat WhatsApp' });
    await expect(kirim.getAttribute('href')).resolves.toBeNull();
    await page.getByLabel(/Apa yang Anda lihat/).fill('Delapan perempuan muda tinggal di satu kamar kos, dijemput malam hari.');
    await page.getByLabel('Di mana?').fill('Kos dekat pasar');
    await page.getByLabel('Kelurahan').selectOption('Oebufu');
    await page.getByLabel('Kapan?').fill('tadi malam, pukul 22.00');
    const href = await kirim.getAttribute('href');
    expect(href).toMatch(/^https:\/\/wa\.me\/628111129129\?text=/);
    const teks = decodeURIComponent(href!.split('?text=')[1]!);
    expect(teks).toContain('Delapan perempuan muda tinggal di satu kamar kos');
    expect(teks).toContain('Kos dekat pasar (Kelurahan Oebufu, Kota Kupang)');
    expect(teks).toContain('Kapan: tadi malam, pukul 22.00');
    await context.close();
  });

  it('the report builder sends nothing over the network, works offline, and stores a draft only when asked', async () => {
    const page = await ponsel();
    await page.goto(`${situs.url}/sop/buat-laporan`, { waitUntil: 'networkidle' });
    // Docusaurus may still prefetch its own script chunks for links on screen; nothing else
    // may leave the page, and nothing that leaves may carry what the person typed.
    const permintaan: { url: string; metode: string; isi: string | null }[] = [];
    page.on('request', (r) => permintaan.push({ url: r.url(), metode: r.method(), isi: r.postData() }));
    await context.setOffline(true);

    await page.getByLabel(/Apa yang Anda lihat/).fill('Minibus menjemput orang dari rumah kosong.');
    await page.getByLabel('Di mana?').fill('Jalan belakang gereja');
    await page.getByLabel('Kapan?').fill('pagi ini');
    await expect(page.getByTestId('pesan-laporan').textContent()).resolves.toContain('Minibus menjemput orang');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);

    await page.getByRole('button', { name: 'Simpan draf di ponsel ini' }).tap();
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['pustaka-tppo:draf-laporan']);
    await page.getByRole('button', { name: 'Hapus draf dan isian' }).tap();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await expect(page.getByLabel('Di mana?').inputValue()).resolves.toBe('');

    const lain = permintaan.filter((r) => r.metode !== 'GET' || !r.url.startsWith(`${situs.url}/assets/`) || r.isi);
    expect(lain).toEqual([]);
    expect(permintaan.filter((r) => /Minibus|gereja/i.test(decodeURIComponent(r.url)))).toEqual([]);
    await context.close();
  });

  it('a damaged stored draft is set aside with a message, and can be deleted', async () => {
    const page = await ponsel();
    await page.goto(`${situs.url}/sop/buat-laporan`, { waitUntil: 'networkidle' });
    for (const rusak of ['{"apa":5}', 'null']) {
      await page.evaluate((v) => localStorage.setItem('pustaka-tppo:draf-laporan', v), rusak);
      await page.reload({ waitUntil: 'networkidle' });
      await expect(page.getByRole('status').filter({ hasText: 'isinya rusak' }).count()).resolves.toBe(1);
      await expect(page.getByText('Terjadi kesalahan').count()).resolves.toBe(0);
      await page.getByRole('button', { name: 'Hapus draf dan isian' }).tap();
      expect(await page.evaluate(() => localStorage.length)).toBe(0);
    }
    await context.close();
  });

  it('HTML typed into the report stays text in the message and in the WhatsApp link', async () => {
    const page = await ponsel();
    let dialog = false;
    page.on('dialog', (d) => {
      dialog = true;
      void d.dismiss();
    });
    await page.goto(`${situs.url}/sop/buat-laporan`, { waitUntil: 'networkidle' });
    const racun = '<img src=x onerror=alert(1)>';
    await page.getByLabel(/Apa yang Anda lihat/).fill(racun);
    await page.getByLabel('Di mana?').fill(racun);
    await page.getByLabel('Kapan?').fill('kemarin');
    await page.getByLabel(/Siapa yang terancam/).selectOption('anak');
    await expect(page.getByTestId('pesan-laporan').textContent()).resolves.toContain(racun);
    await expect(page.getByTestId('pesan-laporan').locator('img').count()).resolves.toBe(0);
    const href = await page.getByRole('link', { name: 'Kirim ke SAPA 129 lewat WhatsApp' }).getAttribute('href');
    expect(decodeURIComponent(href!.split('?text=')[1]!)).toContain(racun);
    expect(dialog).toBe(false);
    await context.close();
  });

  it('prints the SOP and the blank form on A4 without navigation, with link addresses', async () => {
    const page = await ponsel();
    for (const path of ['/sop/lapor-rt', '/sop/formulir-laporan']) {
      await page.goto(`${situs.url}${path}`, { waitUntil: 'networkidle' });
      await page.emulateMedia({ media: 'print' });
      for (const sel of ['.navbar', '.theme-doc-sidebar-container', '.footer', '.pagination-nav']) {
        const tampak = await page
          .locator(sel)
          .first()
          .evaluate((el) => getComputedStyle(el).display !== 'none')
          .catch(() => false);
        expect(tampak, `${path} ${sel}`).toBe(false);
      }
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
      await page.emulateMedia({ media: 'screen' });
    }
    await page.goto(`${situs.url}/sop/lapor-rt`, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    const setelah = await page
      .locator('.markdown a[href^="/"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(setelah).toMatch(/\(.+\)/);
    await context.close();
  });

  it('opens the phone menu, built only when first opened, with the SOP pages in it; prefetches each script once', async () => {
    const page = await ponsel();
    await page.goto(`${situs.url}/sop/lapor-rt`, { waitUntil: 'networkidle' });
    // The menu is built the first time it opens (src/theme/Navbar/MobileSidebar): no work for it
    // while the page starts, and its hidden links are not prefetched.
    await expect(page.locator('.navbar-sidebar').count()).resolves.toBe(0);
    // Link prefetching (src/plugins/ringan/docusaurus.ts) asks for each script once, after load.
    // If a Docusaurus upgrade moves the module it replaces, the original comes back and asks
    // for the shared scripts once per visible link: this fails.
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('link[rel=prefetch]').length)).toBeGreaterThan(0);
    const diminta = await page.evaluate(() => Array.from(document.querySelectorAll('link[rel=prefetch]'), (l) => l.getAttribute('href')));
    expect(new Set(diminta).size).toBe(diminta.length);

    await page.locator('.navbar__toggle').tap();
    const menu = page.locator('.navbar-sidebar');
    await expect.poll(() => menu.isVisible()).toBe(true);
    const tanda = menu.locator('a.menu__link[href="/sop/tanda-bahaya"]');
    await expect.poll(() => tanda.isVisible()).toBe(true);
    await tanda.tap();
    await page.waitForURL(/\/sop\/tanda-bahaya$/);
    await expect.poll(() => page.locator('.navbar-sidebar--show').count()).toBe(0);
    await context.close();
  });
});
