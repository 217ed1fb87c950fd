import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jalurChromium } from './chromium';
import { attribute, halaman, idHalaman, selectAll, selectOne, textOf } from './html';
import { pakaiSitus } from './situs';

const BUILD = join(process.cwd(), 'build');

describe('regulation pages in the built site', () => {
  it.each([
    ['regulasi/uu-21-2007', ['pasal-2', 'pasal-2-ayat-1', 'pasal-2-ayat-2', 'pasal-44', 'pasal-48', 'pasal-58', 'pasal-60']],
    ['regulasi/uu-1-2023', ['pasal-455', 'pasal-622']],
    ['regulasi/uu-18-2017', ['pasal-49', 'pasal-69']],
    ['en/regulasi/uu-21-2007', ['pasal-2', 'pasal-60']],
  ])('%s has the anchors trainers link to', (path, ids) => {
    const ada = idHalaman(halaman(path));
    expect(ids.filter((id) => !ada.has(id))).toEqual([]);
  });

  it('shows on Perpres 69/2008 that Perpres 22/2021 amended it (a relation written only on 22/2021)', () => {
    expect(readFileSync('docs/regulasi/perpres-69-2008.md', 'utf8')).not.toMatch(/target: perpres-22-2021/);
    const pohon = halaman('regulasi/perpres-69-2008');
    const tautan = selectAll(pohon, 'a').filter((a) => attribute(a, 'href') === '/regulasi/perpres-22-2021');
    expect(tautan.map((a) => textOf(a))).toContain('Perpres Nomor 22 Tahun 2021');
    // The link sits in the sentence that says what it did.
    expect(textOf(selectOne(pohon, 'main') ?? pohon).replace(/\s+/g, ' ')).toContain('diubah dengan Perpres Nomor 22 Tahun 2021');
  });

  it("shows a status in the reader's language, from the same table as regulasi.json", () => {
    const dataPeraturan = (jalur: string): string => textOf(selectOne(halaman(jalur), 'section[aria-label]') ?? halaman(jalur));
    expect(dataPeraturan('regulasi/uu-21-2007')).toContain('Berlaku, sebagian dicabut');
    expect(dataPeraturan('en/regulasi/uu-21-2007')).toContain('In force, partly revoked');
    expect(dataPeraturan('en/regulasi/uu-21-2007')).not.toContain('Berlaku');
  });

  it('says plainly on the Perda Kota Kupang 3/2019 page that the title was not found', () => {
    const isi = textOf(halaman('regulasi/perda-kota-kupang-3-2019'));
    expect(isi).toContain('Judul resmi belum ditemukan');
    expect(isi).toContain('Belum diverifikasi');
  });

  it('publishes regulation metadata as JSON in the JDIHN field shape', () => {
    const json = JSON.parse(readFileSync(join(BUILD, 'regulasi.json'), 'utf8')) as { data: Record<string, unknown>[] };
    const uu = json.data.find((d) => d.idData === 'uu-21-2007');
    expect(uu).toMatchObject({ singkatanJenis: 'UU', noPeraturan: '21', tahun_pengundangan: 2007, status: 'Berlaku, sebagian dicabut' });
    const kuhp = json.data.find((d) => d.idData === 'uu-1-2023');
    expect(kuhp?.relasi).toContainEqual(expect.objectContaining({ jenis: 'cabut_sebagian', target: 'uu-21-2007', pasal: 'Pasal 2' }));
  });
});

describe.skipIf(!jalurChromium)('regulations in Chromium', () => {
  const situs = pakaiSitus();

  it('a trainer copies the link to one pasal, opens it on a phone and lands on that pasal', async () => {
    const context = await situs.browser.newContext({ viewport: { width: 360, height: 740 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: situs.url });
    const page = await context.newPage();
    await page.goto(`${situs.url}/regulasi/uu-21-2007`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Salin tautan ke Pasal 60 UU Nomor 21 Tahun 2007' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Tautan tersalin.' }).count()).toBe(1);
    const tautan = await page.evaluate(() => navigator.clipboard.readText());
    expect(tautan).toBe(`${situs.url}/regulasi/uu-21-2007#pasal-60`);

    await page.getByRole('button', { name: 'Salin kutipan: Pasal 2 ayat (1) UU Nomor 21 Tahun 2007' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('Pasal 2 ayat (1) UU Nomor 21 Tahun 2007');

    const ponsel = await context.newPage();
    await ponsel.goto(tautan, { waitUntil: 'networkidle' });
    const judul = ponsel.locator('#pasal-60');
    await expect
      .poll(() =>
        judul.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.top < 740;
        }),
      )
      .toBe(true);
    await context.close();
  });

  it('the index table is built from front matter and filters by status', async () => {
    const page = await situs.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${situs.url}/regulasi`, { waitUntil: 'networkidle' });
    const baris = page.locator('table tbody tr');
    const semua = await baris.count();
    expect(semua).toBeGreaterThanOrEqual(18);
    await page.getByLabel('Status').selectOption('dicabut');
    await expect.poll(() => baris.allTextContents()).toEqual([expect.stringContaining('Permeneg PPPA Nomor 22 Tahun 2010')]);
    await page.getByLabel('Status').selectOption('');
    await expect.poll(() => baris.count()).toBe(semua);
    await page.close();
  });

  it('the relation drawing (Mermaid, ~200 KB) downloads only when asked for, then draws', async () => {
    const page = await situs.browser.newPage({ viewport: { width: 360, height: 740 } });
    const js: number[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.js')) js.push(1);
    });
    await page.goto(`${situs.url}/regulasi`, { waitUntil: 'networkidle' });
    // The same relations are there as text from the start.
    await expect.poll(() => page.locator('#hubungan ~ figure li').count()).toBeGreaterThan(5);
    expect(await page.locator('svg[id^="mermaid"]').count()).toBe(0);
    const sebelum = js.length;
    await page.getByRole('button', { name: /Tampilkan sebagai gambar/ }).click();
    await page.locator('svg[id^="mermaid"]').first().waitFor({ timeout: 20_000 });
    expect(js.length).toBeGreaterThan(sebelum);
    await page.close();
  });
});
