import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import data from '../../data/kontak.json';
import { ORANG, type DataKontak } from '../../src/lib/kontak';
import { jalurChromium } from './chromium';
import { pakaiSitus } from './situs';

const { kontak } = data as DataKontak;
const adaWhatsApp = new Set(kontak.filter((k) => k.whatsapp.length > 0).map((k) => k.id));

describe.skipIf(!jalurChromium)('the right number, for whom, on screen and on paper', () => {
  const situs = pakaiSitus();

  async function ponsel(): Promise<Page> {
    const context = await situs.browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    return context.newPage();
  }

  it.each(['/sop', '/sop/lapor-rt'])('%s: the emergency call is on the first screen of a 360 × 740 phone', async (p) => {
    const page = await ponsel();
    await page.goto(`${situs.url}${p}`, { waitUntil: 'networkidle' });
    const kotak = await page.locator('[data-darurat] a[href="tel:110"]').boundingBox();
    expect(kotak, 'tidak ada tombol telepon darurat').not.toBeNull();
    expect((kotak?.y ?? 999) + (kotak?.height ?? 0)).toBeLessThanOrEqual(740);
    await page.context().close();
  });

  it('the SOP chooser, the report builder and the RT card offer the same channels for each person in Kota Kupang; an adult man never only SAPA 129', async () => {
    const page = await ponsel();
    const ids = (sel: string): Promise<string[]> => page.locator(sel).evaluateAll((els) => els.map((e) => e.getAttribute('data-kontak') ?? ''));
    const sop: Record<string, string[]> = {};
    await page.goto(`${situs.url}/sop/lapor-rt`, { waitUntil: 'networkidle' });
    for (const o of ORANG) sop[o] = await ids(`[data-saluran] details[data-orang="${o}"] [data-kontak]`);
    await page.goto(`${situs.url}/sop/kartu-rt-kota-kupang`, { waitUntil: 'networkidle' });
    for (const o of ORANG) expect(await ids(`table[data-saluran] tr[data-orang="${o}"] [data-kontak]`), o).toEqual(sop[o]);

    await page.goto(`${situs.url}/sop/buat-laporan`, { waitUntil: 'networkidle' });
    for (const o of ORANG) {
      await page.getByLabel(/Siapa yang terancam/).selectOption(o);
      const wa = await ids('a[role="link"][data-kontak]');
      const harus = (sop[o] ?? []).filter((k) => adaWhatsApp.has(k));
      if (harus.length) expect(wa, o).toEqual(harus);
      else expect(await ids('[data-testid="laporan-telepon"] [data-kontak]'), o).toEqual(sop[o]);
    }
    expect(sop.laki_laki).not.toContain('sapa-129');
    expect(sop.laki_laki).toContain('polisi-110');
    await page.context().close();
  });

  it.each(['kota-kupang', 'kutai-timur'])('the RT card for %s prints on one A4 page with its address and QR code', async (w) => {
    const page = await situs.browser.newPage();
    await page.goto(`${situs.url}/sop/kartu-rt-${w}`, { waitUntil: 'networkidle' });
    await page.evaluate(() => {
      window.print = () => window.dispatchEvent(new Event('beforeprint'));
    });
    await page.getByRole('button', { name: 'Cetak' }).first().click();
    await expect.poll(() => page.locator('.cetak-kaki svg').count()).toBe(1);
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)?.length).toBe(1);
    await page.close();
  });
});
