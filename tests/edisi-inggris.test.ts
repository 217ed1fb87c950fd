/**
 * The English edition: every Indonesian page has an English one, each says which Indonesian
 * revision it translates, a current translation carries the same facts, and a stale one is listed
 * by `konten:periksa` and marked for its page's notice (src/lib/content/translation).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareFacts, EN_DOCS, isStale, revisionOf, translations, untranslated } from '../src/lib/content/translation';
import { checkContent } from '../scripts/konten-periksa';
import pluginDataSitus, { type DataSitusGlobal } from '../src/plugins/data-situs';
import { runInProcess } from '../scripts/lib/uji-cli';

const ROOT = process.cwd();

describe('the English edition of this site', () => {
  const semua = translations(ROOT);

  it('has an English page for every Indonesian page', () => {
    expect(untranslated(ROOT)).toEqual([]);
    expect(semua.length).toBeGreaterThanOrEqual(45);
  });

  it('says, on every English page, which Indonesian revision it translates; none is stale', () => {
    expect(semua.filter((t) => !t.terjemahanDari).map((t) => t.file)).toEqual([]);
    expect(semua.filter(isStale).map((t) => t.file)).toEqual([]);
  });

  it('carries every number, date, pasal, contact and anchor of the Indonesian page', () => {
    const beda = semua.flatMap((t) => compareFacts(readFileSync(join(ROOT, t.sumber), 'utf8'), readFileSync(join(ROOT, t.file), 'utf8')).map((b) => `${t.file}: ${b}`));
    expect(beda).toEqual([]);
  });
});

describe('facts compared between a page and its translation', () => {
  const asli = '---\ntitle: X\n---\n\n## Pasal 2\n\nPenjara 3 sampai 15 tahun; hubungi <Kontak id="sapa-129" />.\n\n## Intinya {#intinya}\n';
  it('accepts the same facts in other words', () => {
    expect(
      compareFacts(
        asli,
        '---\ntitle: Y\nterjemahan_dari: 0123456789ab\n---\n\n## Pasal 2\n\nPrison from 3 to 15 years; call <Kontak id="sapa-129" />.\n\n## In short {#intinya}\n',
      ),
    ).toEqual([]);
  });
  it('names a changed number, a dropped contact and a changed anchor', () => {
    const beda = compareFacts(asli, '---\ntitle: Y\n---\n\n## Pasal 2\n\nPrison from 3 to 12 years.\n\n## In short {#in-short}\n');
    expect(beda).toEqual(
      expect.arrayContaining([
        'angka "15": 1× di halaman Indonesia, 0× di terjemahan',
        'angka "12": 0× di halaman Indonesia, 1× di terjemahan',
        'kontak tidak ada di terjemahan: sapa-129',
        'anchor tidak ada di terjemahan: intinya',
      ]),
    );
  });
});

describe('a translation whose Indonesian page changed (fixture)', () => {
  const akar = mkdtempSync(join(os.tmpdir(), 'edisi-'));
  afterAll(() => rmSync(akar, { recursive: true, force: true }));
  const fm = (tambahan = '') =>
    `---\ntitle: Halaman uji\ndescription: Untuk tes.\nsumber:\n  - judul: Sumber uji\n    penerbit: Pustaka TPPO\n    tanggal: 2026-11-22\ndiperbarui: 2026-12-01\nwilayah: [nasional]\nverifikasi: terverifikasi\n${tambahan}---\n\n`;
  cpSync(join(ROOT, 'data'), join(akar, 'data'), { recursive: true });
  mkdirSync(join(akar, 'docs', 'tentang'), { recursive: true });
  mkdirSync(join(akar, EN_DOCS, 'tentang'), { recursive: true });
  const id = `${fm()}Penjara 3 sampai 15 tahun.\n`;
  writeFileSync(join(akar, 'docs/tentang/uji.md'), id);
  writeFileSync(join(akar, EN_DOCS, 'tentang/uji.md'), `${fm(`terjemahan_dari: ${revisionOf(id)}\n`)}Prison from 3 to 15 years.\n`);

  it('is current and clean before the change', async () => {
    const r = await runInProcess((_a, io) => checkContent(akar, io), []);
    expect(r.galat).toBe('');
    expect(r.keluar).not.toContain('perlu diperbarui');
    expect(r.kode).toBe(0);
  });

  it('after the Indonesian text changes: konten:periksa lists it (not an error) and the page gets its notice date', async () => {
    writeFileSync(join(akar, 'docs/tentang/uji.md'), `${fm()}Penjara 3 sampai 20 tahun.\n`);
    const r = await runInProcess((_a, io) => checkContent(akar, io), []);
    expect(r.kode).toBe(0);
    expect(r.keluar).toContain(`${EN_DOCS}tentang/uji.md: docs/tentang/uji.md berubah sesudah diterjemahkan`);
    const plugin = pluginDataSitus({ siteDir: akar } as never);
    const data = (await plugin.loadContent?.()) as DataSitusGlobal;
    expect(data.terjemahanUsang).toEqual({ [`${EN_DOCS}tentang/uji.md`]: '2026-12-01' });
  });

  it('a translation with no revision is refused, naming the command that gives it', async () => {
    writeFileSync(join(akar, EN_DOCS, 'tentang/uji.md'), `${fm()}Prison from 3 to 20 years.\n`);
    const r = await runInProcess((_a, io) => checkContent(akar, io), []);
    expect(r.kode).toBe(1);
    expect(r.galat).toContain('terjemahan tanpa terjemahan_dari');
    expect(r.galat).toContain('npm run terjemahan:sidik -- docs/tentang/uji.md');
  });
});
