import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { jalurChromium } from './chromium';
import { BUILD, pakaiSitus } from './situs';
import { ukurMuatPertama } from './berat';
import { AMBANG } from '../search/ambang';

/** Issue 8's budget for what a first visit downloads (HTML + JS + CSS, gzip). */
const ANGGARAN_KB = AMBANG.anggaranHalamanKb;

/** Every SOP page, the home page and the recruiter checker: the pages RT heads and job seekers land on. */
const HALAMAN_MENDARAT = [
  '/',
  '/sop',
  ...(existsSync(join(BUILD, 'sop')) ? readdirSync(join(BUILD, 'sop')) : []).filter((f) => f.endsWith('.html')).map((f) => `/sop/${f.replace(/\.html$/, '')}`),
  '/perekrut/cek',
];

/** Presses Tab until the focused element has the given accessible label (or fails after `maks`). */
async function tabKe(page: Page, label: RegExp, maks = 60): Promise<void> {
  for (let i = 0; i < maks; i += 1) {
    await page.keyboard.press('Tab');
    const nama = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const lbl = (el as HTMLInputElement).labels?.[0]?.textContent ?? '';
      return `${el.getAttribute('aria-label') ?? ''} ${lbl} ${el.textContent ?? ''}`.trim();
    });
    if (label.test(nama)) return;
  }
  throw new Error(`Tab tidak pernah sampai ke ${label}`);
}

const AXE = readFileSync(join(process.cwd(), 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

describe.skipIf(!jalurChromium)('accessibility and weight', () => {
  const situs = pakaiSitus();

  const HALAMAN = ['/', '/sop/lapor-rt', '/regulasi/uu-21-2007', '/perekrut/cek', '/cari?q=lapor', '/pelatihan/mengenali-tppo', '/sop/buat-laporan', '/gugus-tugas/ntt'];

  it.each([...HALAMAN, ...HALAMAN.map((p) => `/en${p === '/' ? '' : p}`)])('%s has no serious or critical axe violation', async (path) => {
    // axe is injected as an inline script, which the site's own CSP rightly refuses; bypass it here only.
    const context = await situs.browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${situs.url}${path}`, { waitUntil: 'networkidle' });
    await page.addScriptTag({ content: AXE });
    const pelanggaran = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (d: Document) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const r = await axe.run(document);
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(pelanggaran).toEqual([]);
    await context.close();
  });

  it('text stays readable at 200% zoom: no sideways scrolling of the SOP', async () => {
    const context = await situs.browser.newContext({ viewport: { width: 720, height: 1000 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(`${situs.url}/sop/lapor-rt`, { waitUntil: 'networkidle' });
    // 200% zoom of a 720 px window is a 360 px layout viewport.
    await page.evaluate(() => {
      document.documentElement.style.zoom = '2';
    });
    const lebar = await page.evaluate(() => document.documentElement.scrollWidth / 2);
    expect(lebar).toBeLessThanOrEqual(360 + 1);
    await context.close();
  });

  it.each(HALAMAN_MENDARAT)(`first load of %s stays within ${ANGGARAN_KB} KB gzip, all from the site itself`, async (path) => {
    const berat = await ukurMuatPertama(situs.browser, situs.url, path);
    const besar = [...berat.berkas]
      .sort((a, b) => b.gzip - a.gzip)
      .slice(0, 3)
      .map((b) => `${b.path} ${Math.round(b.gzip / 1024)} KB`);
    expect(berat.luar).toEqual([]);
    // The page really loaded its scripts (an empty or broken page would pass any budget).
    expect(berat.berkas.filter((b) => b.jenis === 'js').length).toBeGreaterThan(2);
    expect(berat.gzip, `largest: ${besar.join(', ')}`).toBeLessThanOrEqual(ANGGARAN_KB * 1024);
  });

  it('the recruiter checker works with the keyboard alone, and the verdict is announced', async () => {
    const page = await situs.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${situs.url}/perekrut/cek`, { waitUntil: 'networkidle' });
    await tabKe(page, /Nama perusahaan atau nomor izin/);
    await page.keyboard.type('Arwana Citra Lestri');
    const hasil = page.locator('[data-verdict]');
    await expect.poll(() => hasil.getAttribute('data-verdict')).toBe('mirip');
    expect(await hasil.getAttribute('aria-live')).toBe('polite');
    await page.close();
  });

  it('the report builder can be filled and sent with the keyboard alone', async () => {
    const page = await situs.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${situs.url}/sop/buat-laporan`, { waitUntil: 'networkidle' });
    await tabKe(page, /Apa yang Anda lihat/);
    await page.keyboard.type('Tiga anak dijemput mobil tanpa pelat.');
    await tabKe(page, /Di mana\?/);
    await page.keyboard.type('Depan sekolah');
    await tabKe(page, /Kapan\?/);
    await page.keyboard.type('kemarin sore');
    // Who is at risk (children: the first choice) decides the recipients.
    await tabKe(page, /Siapa yang terancam/);
    await page.keyboard.press('ArrowDown');
    await tabKe(page, /Kirim ke SAPA 129 lewat WhatsApp/);
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    expect(decodeURIComponent(href.split('?text=')[1] ?? '')).toContain('Tiga anak dijemput mobil tanpa pelat.');
    // The focused control is visibly marked.
    const garis = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(garis).not.toBe('none');
    await page.close();
  });
});
