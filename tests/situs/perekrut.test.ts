import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { KATA_BUKTI, KATA_PERINGATAN, KATA_STATUS, KATA_VERDICT } from '../../src/lib/perekrut';
import { readDocuments } from '../../scripts/lib/muat-indeks-cari';
import { jalurChromium } from './chromium';
import { pakaiSitus } from './situs';

describe('the recruiter data in the build', () => {
  it('publishes the shipped compilation and its provenance byte for byte, in both locales', () => {
    for (const dir of ['build', 'build/en']) {
      for (const f of ['kompilasi-publik.csv', 'kompilasi-publik.json']) {
        expect(readFileSync(join(dir, 'data', 'perekrut', f), 'utf8'), `${dir}/${f}`).toBe(readFileSync(join('data', 'perekrut', f), 'utf8'));
      }
    }
    expect(JSON.parse(readFileSync('build/data/perekrut/kompilasi-publik.json', 'utf8'))).toMatchObject({ jenis: 'kompilasi_publik', lisensi: 'CC BY 4.0' });
  });

  it.each([
    ['build', 'id'],
    ['build/en', 'en'],
  ] as const)('search snippets for a company use the status words of the table (%s)', (dir, b) => {
    const d = readDocuments(dir).find((x) => x.url.endsWith('/perekrut/daftar#p-arwanacitralestari'));
    expect(d?.cuplikan).toContain(KATA_STATUS.disebut_berizin.label[b]);
    expect(d?.cuplikan).toContain(KATA_BUKTI.kompilasi_publik[b]);
  });
});

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

  it('a firm only named as licensed in the news is never green, and says whose word it is and when', async () => {
    await kotak().fill('p.t.  ARWANA   citra-lestari');
    await expect.poll(() => verdict().getAttribute('data-verdict')).toBe('disebut_berizin');
    await expect(verdict().locator('h2').textContent()).resolves.toBe(KATA_VERDICT.disebut_berizin.label.id);
    await expect(verdict().locator('h2').getAttribute('data-nada')).resolves.toBe('waspada');
    const teks = await verdict().textContent();
    expect(teks).toMatch(/PT Arwana Citra Lestari/);
    expect(teks).toContain(`Dasar status (${KATA_BUKTI.kompilasi_publik.id}, 12 September 2022)`);
    expect(teks).not.toMatch(/Terdaftar/);
  });

  it('a CV with the words of a firm is mirip, with the warning that a P3MI must be a PT', async () => {
    await kotak().fill('CV Arwana Citra Lestari');
    await expect.poll(() => verdict().getAttribute('data-verdict')).toBe('mirip');
    await expect(verdict().locator('[data-peringatan="bentuk_bukan_pt"]').textContent()).resolves.toBe(KATA_PERINGATAN.bentuk_bukan_pt.id);
  });

  it('a revocation later followed by a news mention stays a revocation, and says the mention is not the official list', async () => {
    await kotak().fill('Al Royyan Cahaya Mandiri');
    await expect.poll(() => verdict().getAttribute('data-verdict')).toBe('izin_tidak_aktif');
    await expect(verdict().textContent()).resolves.toMatch(/tidak membuktikan izinnya dipulihkan/);
  });

  it('says how many firms rest on an official list and links the data it uses', async () => {
    const cakupan = page.locator('[data-cakupan]').first();
    await expect(cakupan.getAttribute('data-resmi')).resolves.toBe('0');
    await expect(cakupan.textContent()).resolves.toMatch(/0 perusahaan dari daftar resmi; 102 perusahaan hanya dari pernyataan publik/);
    const href = await cakupan.getByRole('link', { name: 'CSV' }).getAttribute('href');
    const r = await page.request.get(`${situs.url}${href}`);
    expect(r.status()).toBe(200);
    expect(await r.text()).toBe(readFileSync('data/perekrut/kompilasi-publik.csv', 'utf8'));
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

  it('the registry list has a stable anchor per company, its status from the table, and the coverage', async () => {
    await page.goto(`${situs.url}/perekrut/daftar#p-arwanacitralestari`, { waitUntil: 'networkidle' });
    await expect(page.locator('#p-arwanacitralestari').textContent()).resolves.toMatch(/PT Arwana Citra Lestari/);
    await expect(page.locator('#p-arwanacitralestari td').nth(1).textContent()).resolves.toBe(KATA_STATUS.disebut_berizin.label.id);
    await expect(page.locator('[data-cakupan]').getAttribute('data-publik')).resolves.toBe('102');
  });

  it('in English, the same verdict in the words of the table', async () => {
    await page.goto(`${situs.url}/en/perekrut/cek`, { waitUntil: 'networkidle' });
    await page.getByLabel('Company name or licence number').fill('Arwana Citra Lestari');
    await expect.poll(() => verdict().getAttribute('data-verdict')).toBe('disebut_berizin');
    await expect(verdict().locator('h2').textContent()).resolves.toBe(KATA_VERDICT.disebut_berizin.label.en);
    await expect(page.locator('[data-verdict-arti="terdaftar"]').textContent()).resolves.toContain(KATA_VERDICT.terdaftar.penjelasan.en);
  });
});
