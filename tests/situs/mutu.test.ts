import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jalurChromium } from './chromium';
import { BUILD, pakaiSitus } from './situs';
import { ukurMuatPertama } from './berat';

/** Issue 8's budget for what a first visit downloads (HTML + JS + CSS, gzip). */
const ANGGARAN_KB = 200;

/** Every SOP page, the home page and the recruiter checker: the pages RT heads and job seekers land on. */
const HALAMAN_MENDARAT = [
  '/',
  '/sop',
  ...(existsSync(join(BUILD, 'sop')) ? readdirSync(join(BUILD, 'sop')) : [])
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/sop/${f.replace(/\.html$/, '')}`),
  '/perekrut/cek',
];

const AXE = readFileSync(join(process.cwd(), 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

describe.skipIf(!jalurChromium)('accessibility and weight', () => {
  const situs = pakaiSitus();


  const HALAMAN = ['/', '/sop/lapor-rt', '/regulasi/uu-21-2007', '/perekrut/cek', '/cari?q=lapor', '/pelatihan/mengenali-tppo'];

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

  it('the SOP page does not load the search index until search is used', async () => {
    const context = await situs.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const diminta: string[] = [];
    page.on('request', (r) => diminta.push(new URL(r.url()).pathname));
    await page.goto(`${situs.url}/sop/lapor-rt`, { waitUntil: 'networkidle' });
    expect(diminta.filter((p) => p.includes('/cari/') || p.includes('indeks-cari'))).toEqual([]);
    await context.close();
  });

  it.each(HALAMAN_MENDARAT)(`first load of %s stays within ${ANGGARAN_KB} KB gzip, all from the site itself`, async (path) => {
    const berat = await ukurMuatPertama(situs.browser, situs.url, path);
    const besar = [...berat.berkas].sort((a, b) => b.gzip - a.gzip).slice(0, 3).map((b) => `${b.path} ${Math.round(b.gzip / 1024)} KB`);
    expect(berat.luar).toEqual([]);
    // The page really loaded its scripts (an empty or broken page would pass any budget).
    expect(berat.berkas.filter((b) => b.jenis === 'js').length).toBeGreaterThan(2);
    expect(berat.gzip, `largest: ${besar.join(', ')}`).toBeLessThanOrEqual(ANGGARAN_KB * 1024);
  });
});
