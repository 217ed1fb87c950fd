/** Trainers print one part of a module: the handout, or the session plan, each alone on paper. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { jalurChromium } from './chromium';
import { pakaiSitus } from './situs';

/** Pages in a PDF Chromium made: one `/Type /Page` object each. */
const jumlahHalamanPdf = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

describe.skipIf(!jalurChromium)('printing part of a training module', () => {
  const situs = pakaiSitus();
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await situs.browser.newContext();
  });
  beforeEach(async () => {
    page = await context.newPage();
  });
  afterAll(async () => context?.close());

  // A session plan fits one sheet; a handout carries contact cards and may take a few, but never the module.
  const KASUS: [string, string, string, number][] = [
    ['/pelatihan/peran-ketua-rt', 'lembar-bagi', 'Lembar bagi', 3],
    ['/en/pelatihan/peran-ketua-rt', 'lembar-bagi', 'Handout', 3],
    ['/pelatihan/hukum-dan-sanksi', 'lembar-bagi', 'Lembar bagi', 3],
    ...['peran-ketua-rt', 'mengenali-tppo', 'cek-perekrut-migrasi-aman', 'hukum-dan-sanksi', 'gugus-tugas-daerah'].flatMap((m) => [
      [`/pelatihan/${m}`, 'rencana', 'Rencana sesi', 1] as [string, string, string, number],
      [`/en/pelatihan/${m}`, 'rencana', 'Session plan', 1] as [string, string, string, number],
    ]),
  ];
  it.each(KASUS)('%s: the button under #%s prints only the section "%s", on at most %i sheets', async (path, id, judul, lembar) => {
    await page.goto(`${situs.url}${path}`, { waitUntil: 'networkidle' });
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    const semua = await page.pdf({ format: 'A4' });
    await page.locator(`h2#${id} ~ button[data-cetak-bagian-tombol], h2#${id} ~ p > button[data-cetak-bagian-tombol]`).first().click();
    await page.emulateMedia({ media: 'print' });
    const terlihat = await page
      .locator('.theme-doc-markdown h2')
      .evaluateAll((hs) => hs.filter((h) => (h as HTMLElement).offsetParent !== null).map((h) => h.textContent?.trim() ?? ''));
    expect(terlihat).toHaveLength(1);
    expect(terlihat[0]).toContain(judul);
    await expect(page.locator('.theme-doc-markdown > header h1').isVisible()).resolves.toBe(false);
    const bagian = await page.pdf({ format: 'A4' });
    expect(jumlahHalamanPdf(bagian)).toBeLessThanOrEqual(lembar);
    expect(jumlahHalamanPdf(semua)).toBeGreaterThan(3 * jumlahHalamanPdf(bagian));
    // After printing, the page is whole again.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('body[data-cetak-bagian]').count()).resolves.toBe(0);
    await page.close();
  });
});
