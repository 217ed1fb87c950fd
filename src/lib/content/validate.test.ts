import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../../docusaurus.config';
import { jenisKonten, InvalidContent, checkFile } from './validate';
import type { JenisKonten } from './schema';

const sah = `---
title: Lapor
description: Cara melapor.
sumber:
  - judul: UU 21/2007
    penerbit: Pemerintah RI
    tanggal: 2007
diperbarui: 2026-11-22
wilayah: [kota-kupang]
verifikasi: terverifikasi
---

# Lapor
`;

function galat(file: string, isi: string): InvalidContent {
  try {
    checkFile(file, isi);
  } catch (err) {
    if (err instanceof InvalidContent) return err;
    throw err;
  }
  throw new Error('tidak ada galat');
}

describe('front matter checks', () => {
  it('accepts a complete page and normalises its dates', () => {
    const fm = checkFile('docs/tentang/x.md', sah);
    expect(fm.diperbarui).toBe('2026-11-22');
    expect(fm.sumber[0]?.tanggal).toBe('2007');
  });

  it('names the file and the missing field when sumber is absent', () => {
    const err = galat('docs/tentang/x.md', sah.replace(/sumber:[\s\S]*?tanggal: 2007\n/, ''));
    expect(err.message).toContain('docs/tentang/x.md');
    expect(err.masalah).toContainEqual({ field: 'sumber', pesan: 'wajib ada, tetapi tidak ditemukan' });
  });

  it('rejects a date that is not on the calendar instead of rolling it over', () => {
    const err = galat('docs/tentang/x.md', sah.replace('2026-11-22', '2026-02-30'));
    expect(err.masalah.map((m) => m.field)).toEqual(['diperbarui']);
  });

  it('names the nested field of a bad source', () => {
    const err = galat('docs/tentang/x.md', sah.replace('    tanggal: 2007\n', '    tanggal: kemarin\n'));
    expect(err.masalah.map((m) => m.field)).toEqual(['sumber[0].tanggal']);
  });

  it('refuses markup in a title, sidebar label or description (it would reach script blocks and attributes)', () => {
    const err = galat(
      'docs/tentang/pencekalan.md',
      sah
        .replace('title: Lapor', 'title: Lapor\nsidebar_label: "Pencekalan </script><script>alert(document.domain)</script>"')
        .replace('description: Cara melapor.', 'description: "Cara <!-- melapor"'),
    );
    expect(err.message).toContain('docs/tentang/pencekalan.md');
    expect(err.masalah.map((m) => m.field).sort()).toEqual(['description', 'sidebar_label']);
    expect(err.masalah[0]?.pesan).toMatch(/tidak boleh berisi < atau >/);
  });

  it('rejects an unknown region and lists the valid ids', () => {
    const err = galat('docs/tentang/x.md', sah.replace('[kota-kupang]', '[kupang]'));
    expect(err.masalah[0]?.field).toBe('wilayah');
    expect(err.masalah[0]?.pesan).toContain('kota-kupang');
  });

  it('requires a note on what is unverified unless the page is fully verified', () => {
    const err = galat('docs/tentang/x.md', sah.replace('verifikasi: terverifikasi', 'verifikasi: belum'));
    expect(err.masalah.map((m) => m.field)).toEqual(['catatan_verifikasi']);
    expect(() => checkFile('docs/tentang/x.md', sah.replace('verifikasi: terverifikasi', 'verifikasi: belum\ncatatan_verifikasi: Angka belum dicek.'))).not.toThrow();
  });

  it('holds regulation pages to the regulation schema', () => {
    const err = galat('docs/regulasi/uu-21-2007.md', sah);
    expect(err.masalah.map((m) => m.field)).toEqual(expect.arrayContaining(['jenis', 'nomor', 'tahun', 'tentang', 'status', 'sumber_resmi']));
  });

  const perda = sah.replace(
    'verifikasi: terverifikasi',
    'verifikasi: belum\ncatatan_verifikasi: Judul belum ditemukan.\njenis: perda_kabkota\nnomor: "3"\ntahun: 2019\ntentang: null\nstatus: tidak_diketahui\nsumber_resmi: null',
  );

  it('accepts a regulation whose title is honestly unknown', () => {
    const fm = checkFile('docs/regulasi/perda-kota-kupang-3-2019.md', perda);
    expect(fm.tentang).toBeNull();
  });

  it('rejects a regulation kind outside the JDIHN set', () => {
    const err = galat('docs/regulasi/x.md', perda.replace('jenis: perda_kabkota', 'jenis: Perda'));
    expect(err.masalah).toEqual([{ field: 'jenis', pesan: expect.stringContaining('perda_kabkota') }]);
  });

  it('refuses a definite status whose own note says the status was not checked', () => {
    const dengan = (status: string, catatan: string): string => perda.replace(/status: \w+/, `status: ${status}\ncatatan_status: '${catatan}'`);
    const err = galat('docs/regulasi/perpres-49-2023.md', dengan('berlaku', 'Perubahan kedua atas Perpres 69/2008; status resmi belum dicek di JDIH.'));
    expect(err.masalah).toEqual([{ field: 'status', pesan: expect.stringContaining('tidak_diketahui') }]);
    expect(galat('docs/regulasi/x.md', dengan('berlaku', 'Menurut ringkasan pihak ketiga; belum dicek di JDIH Sekretariat Negara.')).masalah[0]?.field).toBe('status');
    expect(checkFile('docs/regulasi/x.md', dengan('tidak_diketahui', 'Status resmi belum dicek di JDIH.')).status).toBe('tidak_diketahui');
    // A note about something else that is unverified does not make the status unchecked.
    expect(checkFile('docs/regulasi/x.md', dengan('berlaku', 'Pengaruh UU 1/2026 terhadap ketentuan pidananya belum terverifikasi.')).status).toBe('berlaku');
  });

  it('rejects an impossible enactment date and a malformed relation', () => {
    const err = galat('docs/regulasi/x.md', perda.replace('tahun: 2019', 'tahun: 2019\ntanggal_penetapan: 2019-13-01\nrelasi:\n  - jenis: ganti\n    target: UU 21/2007'));
    expect(err.masalah.map((m) => m.field)).toEqual(['tanggal_penetapan', 'relasi[0].jenis', 'relasi[0].target']);
  });

  it('decides the kind from the folder; folder index pages are general pages', () => {
    expect(jenisKonten('regulasi/uu-21-2007.md')).toBe('regulasi');
    expect(jenisKonten('regulasi/index.md')).toBe('halaman');
    expect(jenisKonten('sop/lapor-rt.mdx')).toBe('sop');
    expect(jenisKonten('tentang/sumber.md')).toBe('halaman');
  });
});

describe('the build uses these checks', () => {
  const hook = config.markdown?.parseFrontMatter;
  const defaultParseFrontMatter = async () => ({ frontMatter: {}, content: '# x' });

  it('fails a docs page with a missing source', async () => {
    expect(hook).toBeTypeOf('function');
    const bad = sah.replace(/sumber:[\s\S]*?tanggal: 2007\n/, '');
    await expect(hook!({ filePath: join(process.cwd(), 'docs/sop/lapor.md'), fileContent: bad, defaultParseFrontMatter })).rejects.toThrow(
      /docs\/sop\/lapor\.md[\s\S]*sumber: wajib ada/,
    );
  });

  it('leaves files outside the docs (templates, pages) to Docusaurus', async () => {
    const hasil = await hook!({ filePath: join(process.cwd(), 'docs/_templat/halaman.md'), fileContent: '# x', defaultParseFrontMatter });
    expect(hasil.content).toBe('# x');
  });
});

describe('templates', () => {
  const dir = join(process.cwd(), 'docs/_templat');
  const templat = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md');

  it.each(templat)('%s passes its own schema, so copying it is a valid start', (f) => {
    const jenis = f.replace(/\.md$/, '') as JenisKonten;
    expect(() => checkFile(`docs/_templat/${f}`, readFileSync(join(dir, f), 'utf8'), jenis)).not.toThrow();
  });
});
