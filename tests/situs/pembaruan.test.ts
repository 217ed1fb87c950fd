/**
 * A deploy, walked through by a reader who keeps an offline copy: the site is built a second
 * time with one page changed (and with SITE_URL set), the server switches to it, and two open
 * tabs must move to the new version together, online and then without signal.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/lib/content/front-matter';
import type { Browser, Page } from 'playwright-core';
import { bukaChromium, jalurChromium } from './chromium';
import { mulaiServer, type Server2 } from './server';
import { attribute, halaman, selectAll, textOf } from './html';
import { BUILD } from './situs';

const BARU = 'Kalimat ini hanya ada di versi kedua situs.';

describe.skipIf(!jalurChromium)('one version at a time across a deploy', () => {
  let tmp = '';
  let build2 = '';
  let server: Server2;
  let browser: Browser;

  beforeAll(async () => {
    server = await mulaiServer(BUILD);
    tmp = mkdtempSync(join(tmpdir(), 'pustaka-v2-'));
    const akar = process.cwd();
    cpSync(akar, tmp, { recursive: true, filter: (src) => !/[/\\](node_modules|build|\.docusaurus|\.git)$/.test(src) });
    symlinkSync(join(akar, 'node_modules'), join(tmp, 'node_modules'));
    appendFileSync(join(tmp, 'docs', 'sop', 'lapor-rt.mdx'), `\n${BARU}\n`);
    // A new Indonesian page not translated yet: the English site shows it in Indonesian, and says so.
    writeFileSync(
      join(tmp, 'docs', 'tentang', 'baru.md'),
      '---\ntitle: Halaman baru\ndescription: Belum diterjemahkan.\nsumber:\n  - judul: Uji\n    penerbit: Pustaka TPPO\n    tanggal: 2026-12-01\ndiperbarui: 2026-12-01\nwilayah: [nasional]\nverifikasi: terverifikasi\n---\n\nIsi dalam bahasa Indonesia.\n',
    );
    build2 = join(tmp, 'build');
    execFileSync(process.execPath, [join(akar, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs'), 'build', '--out-dir', build2], {
      cwd: tmp,
      env: { ...process.env, SITE_URL: server.url },
      stdio: 'ignore',
    });
    browser = await bukaChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.tutup();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  const teks = (p: Page): Promise<string> => p.locator('main').innerText();
  const skrip = (p: Page): Promise<string[]> =>
    p.evaluate(() =>
      Array.from(document.scripts)
        .map((s) => new URL(s.src || location.href).pathname)
        .filter((s) => s.includes('/assets/')),
    );
  const skripDi = (dir: string): string[] => selectAll(halaman('sop/lapor-rt', dir), 'script[src]').map((s) => attribute(s, 'src') as string);
  /** The tab runs that build's scripts: its page's entry scripts, and only files of that build. */
  const dariBuild = async (p: Page, dir: string): Promise<void> => {
    const ada = await skrip(p);
    expect(ada).toEqual(expect.arrayContaining(skripDi(dir)));
    expect(ada.filter((s) => !existsSync(join(dir, s)))).toEqual([]);
  };

  it('tells every open tab once, keeps the old version whole until the reader switches, then switches every tab, online and offline', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const a = await context.newPage();
    // React's hydration errors too: build 2 has QR codes the build put into the print footer.
    const galat: string[] = [];
    a.on('console', (m) => {
      if (m.type() === 'error') galat.push(m.text());
    });
    await a.goto(`${server.url}/sop/lapor-rt`, { waitUntil: 'networkidle' });
    await a.getByRole('button', { name: 'Simpan untuk dibaca offline' }).first().click();
    await expect.poll(() => a.locator('[data-offline]').first().getAttribute('data-offline'), { timeout: 30_000 }).toBe('siap');
    const b = await context.newPage();
    await b.goto(`${server.url}/perekrut/cek`, { waitUntil: 'networkidle' });

    server.gantiAkar(build2);
    // The browser checks for a new worker on navigation; the page asks when it comes back into view.
    await a.evaluate(() => navigator.serviceWorker.getRegistration('/').then((r) => r?.update()));
    for (const p of [a, b]) await expect.poll(() => p.locator('[data-versi-baru]').count(), { timeout: 30_000 }).toBe(1);

    // Until the switch, the reader stays on the old version, whole: old text, old scripts.
    await a.reload({ waitUntil: 'load' });
    await expect(teks(a)).resolves.not.toContain(BARU);
    await dariBuild(a, BUILD);

    const dimuat = Promise.all([a.waitForEvent('load'), b.waitForEvent('load')]);
    await a.getByRole('button', { name: 'Buka versi baru' }).click();
    await dimuat;
    await expect.poll(() => teks(a)).toContain(BARU);
    await dariBuild(a, build2);
    await dariBuild(b, build2);
    await expect(a.locator('[data-versi-baru]').count()).resolves.toBe(0);
    // Only the new copy is kept.
    const versi2 = /"versi":"([0-9a-f]+)"/.exec(readFileSync(join(build2, 'sw.js'), 'utf8'))?.[1];
    expect((await a.evaluate(() => caches.keys())).map((n) => n.split(':')[2])).toEqual([versi2]);

    expect(galat).toEqual([]);

    server.putus(true);
    try {
      await a.reload({ waitUntil: 'load' });
      await expect(teks(a)).resolves.toContain(BARU);
      await a.locator('a.breadcrumbs__link[href="/sop"]').click();
      await a.waitForURL(/\/sop$/);
      await a.goBack();
      await expect.poll(() => teks(a)).toContain(BARU);
      await b.reload({ waitUntil: 'load' });
      await dariBuild(b, build2);
    } finally {
      server.putus(false);
    }
    await context.close();
  });

  it('the English page of a changed Indonesian page says the Indonesian page was updated, and links it', () => {
    const en = halaman('en/sop/lapor-rt', build2);
    const catatan = selectAll(en, '[role="note"]').map((n) => textOf(n));
    expect(catatan.some((t) => t.includes('The Indonesian page was updated on') && t.includes('this translation may be out of date'))).toBe(true);
    // Pages whose Indonesian page did not change say nothing of the kind.
    expect(
      selectAll(halaman('en/sop/tanda-bahaya', build2), '[role="note"]')
        .map((n) => textOf(n))
        .join(' '),
    ).not.toContain('may be out of date');
  });

  it('an Indonesian page with no translation yet is shown on the English site in Indonesian, marked lang="id", and says so', () => {
    const en = halaman('en/tentang/baru', build2);
    const catatan = selectAll(en, '[role="note"]').map((n) => textOf(n));
    expect(catatan.some((t) => t.includes('This page has not been translated into English yet'))).toBe(true);
    expect(selectAll(en, 'h1[lang="id"]').map((h) => textOf(h))).toEqual(['Halaman baru']);
    expect(
      selectAll(en, 'div[lang="id"]')
        .map((d) => textOf(d))
        .join(' '),
    ).toContain('Isi dalam bahasa Indonesia.');
  });

  it('a build with SITE_URL lists its pages in the sitemap with their dates, leaves search out, and names its share picture', () => {
    const peta = readFileSync(join(build2, 'sitemap.xml'), 'utf8');
    // The later of the page's own date and the newest change note that names it (data/perubahan.json).
    const catatan = (JSON.parse(readFileSync('data/perubahan.json', 'utf8')) as { perubahan: { tanggal: string; halaman: string[] }[] }).perubahan;
    const tanggal = [
      String(readFrontMatter(readFileSync(join('docs', 'sop', 'lapor-rt.mdx'), 'utf8')).diperbarui),
      ...catatan.filter((c) => c.halaman.includes('/sop/lapor-rt')).map((c) => c.tanggal),
    ]
      .sort()
      .at(-1) as string;
    expect(peta).toMatch(new RegExp(`<loc>${server.url}/sop/lapor-rt</loc><lastmod>${tanggal}(T[^<]*)?</lastmod>`));
    expect(peta).not.toContain('/cari<');
    const kepala = halaman('sop/lapor-rt', build2);
    const gambar = selectAll(kepala, 'meta[property="og:image"]').map((m) => attribute(m, 'content'));
    expect(gambar).toEqual([`${server.url}/img/bagikan.png`]);
    expect(
      readFileSync(join(build2, 'img', 'bagikan.png'))
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
  });

  it('without script, a build with SITE_URL prints that address and its QR code', async () => {
    server.gantiAkar(build2);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/sop/lapor-rt`);
    await page.emulateMedia({ media: 'print' });
    const kaki = page.locator('.cetak-kaki');
    await expect(kaki.locator('.cetak-kaki-alamat').textContent()).resolves.toBe(`${server.url}/sop/lapor-rt`);
    const modul = (svg: string): string | undefined => /stroke="#000000" d="([^"]+)"/.exec(svg)?.[1];
    expect(modul(await kaki.locator('.cetak-kaki-qr').innerHTML())).toBe(
      modul(await QRCode.toString(`${server.url}/sop/lapor-rt`, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' })),
    );
    await expect(kaki.locator('svg').isVisible()).resolves.toBe(true);
    await context.close();

    // With script, at that same address, the build's code survives hydration and printing.
    const mitJs = await browser.newPage();
    await mitJs.goto(`${server.url}/sop/lapor-rt`, { waitUntil: 'networkidle' });
    await mitJs.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await mitJs.emulateMedia({ media: 'print' });
    await expect(mitJs.locator('.cetak-kaki svg').isVisible()).resolves.toBe(true);
    await mitJs.close();
  });
});
