import { describe, expect, it } from 'vitest';
import type { FrontMatterRegulasi } from '../content/schema';
import { headingAnchor } from './heading-anchor';
import { buildKatalog, InvalidKatalog, type KatalogInput } from './katalog';
import { relasiDiagram, toJdihn } from './jdihn';
import { citePasal, sebutanRegulasi } from './sebutan';
import { anchorsNamed, revokedSections } from './revoked';

function reg(slug: string, fm: Partial<FrontMatterRegulasi>): KatalogInput {
  return {
    slug,
    tautan: `/regulasi/${slug}`,
    file: `docs/regulasi/${slug}.md`,
    fm: {
      title: slug,
      description: 'x',
      sumber: [{ judul: 'x', penerbit: 'y', tanggal: '2020' }],
      diperbarui: '2026-11-22',
      wilayah: ['nasional'],
      verifikasi: 'sebagian',
      catatan_verifikasi: 'x',
      jenis: 'perpres',
      nomor: '1',
      tahun: 2000,
      tentang: null,
      status: 'berlaku',
      sumber_resmi: null,
      ...fm,
    },
  };
}

describe('citations', () => {
  it('cites a regulation and one of its articles the way trainers write it', () => {
    const uu = { jenis: 'uu' as const, nomor: '21', tahun: 2007 };
    expect(sebutanRegulasi(uu)).toBe('UU Nomor 21 Tahun 2007');
    expect(citePasal('pasal-2-ayat-1', uu)).toBe('Pasal 2 ayat (1) UU Nomor 21 Tahun 2007');
    expect(citePasal('pasal-22a', uu)).toBe('Pasal 22A UU Nomor 21 Tahun 2007');
    expect(citePasal('intinya', uu)).toBeUndefined();
    expect(sebutanRegulasi({ jenis: 'permen', nomor: '8', tahun: 2021, sebutan: 'Permen PPPA Nomor 8 Tahun 2021' })).toBe('Permen PPPA Nomor 8 Tahun 2021');
  });
});

describe('pasal anchors', () => {
  it('derive from the number only, in Indonesian or English headings', () => {
    expect(headingAnchor('Pasal 2', undefined)?.id).toBe('pasal-2');
    expect(headingAnchor('Pasal 2: Perdagangan orang di dalam negeri', undefined)?.id).toBe('pasal-2');
    expect(headingAnchor('Article 2 (trafficking within Indonesia)', undefined)?.id).toBe('pasal-2');
    expect(headingAnchor('Pasal 22A', undefined)?.id).toBe('pasal-22a');
    expect(headingAnchor('Pasal 5 ayat (2)', undefined)?.id).toBe('pasal-5-ayat-2');
  });

  it('number an ayat after the pasal above it, and leave other headings alone', () => {
    expect(headingAnchor('Ayat (1)', '2')?.id).toBe('pasal-2-ayat-1');
    expect(headingAnchor('Ayat (1)', undefined)).toBeUndefined();
    expect(headingAnchor('Intinya', '2')).toBeUndefined();
    expect(headingAnchor('Pasal-pasal yang dicabut', undefined)).toBeUndefined();
  });
});

describe('catalogue relations', () => {
  const induk = reg('perpres-69-2008', { nomor: '69', tahun: 2008, status: 'diubah' });
  const ubah = reg('perpres-22-2021', { nomor: '22', tahun: 2021, relasi: [{ jenis: 'ubah', target: 'perpres-69-2008' }] });

  it('shows the reverse relation on the target: 22/2021 amends 69/2008', () => {
    const k = buildKatalog([induk, ubah]);
    const target = k.find((e) => e.slug === 'perpres-69-2008');
    expect(target?.relasi).toEqual([{ jenis: 'ubah', arah: 'masuk', slug: 'perpres-22-2021', sebutan: 'Perpres Nomor 22 Tahun 2021', tautan: '/regulasi/perpres-22-2021' }]);
    expect(k.find((e) => e.slug === 'perpres-22-2021')?.relasi[0]).toMatchObject({ arah: 'keluar', slug: 'perpres-69-2008' });
  });

  it('fails on a relation to a page that does not exist, naming the file', () => {
    const yatim = reg('perpres-1-2000', { relasi: [{ jenis: 'cabut', target: 'perpres-99-1999' }] });
    expect(() => buildKatalog([yatim])).toThrow(InvalidKatalog);
    expect(() => buildKatalog([yatim])).toThrow(/docs\/regulasi\/perpres-1-2000\.md.*perpres-99-1999/);
  });

  it('fails when a revoked rule still says it is in force', () => {
    const lama = reg('permeneg-pppa-22-2010', { status: 'berlaku' });
    const baru = reg('permen-pppa-8-2021', { relasi: [{ jenis: 'cabut', target: 'permeneg-pppa-22-2010' }] });
    expect(() => buildKatalog([lama, baru])).toThrow(/permeneg-pppa-22-2010\.md: status "berlaku" bertentangan/);
    expect(() => buildKatalog([{ ...lama, fm: { ...lama.fm, status: 'dicabut' } }, baru])).not.toThrow();
  });

  it('exports JDIHN-shaped metadata and a diagram with one edge per relation', () => {
    const k = buildKatalog([induk, ubah]);
    const json = toJdihn(k, 'https://contoh.test/');
    expect(json.data.find((d) => d.idData === 'perpres-22-2021')).toMatchObject({
      singkatanJenis: 'Perpres',
      noPeraturan: '22',
      tahun_pengundangan: 2021,
      tanggal_penetapan: null,
      urlDetailPeraturan: 'https://contoh.test/regulasi/perpres-22-2021',
      relasi: [{ jenis: 'ubah', label: 'mengubah', target: 'perpres-69-2008', pasal: null, catatan: null }],
    });
    expect(relasiDiagram(k).match(/-->/g)).toHaveLength(1);
    expect(relasiDiagram(k)).toContain('perpres_22_2021 -- "mengubah" --> perpres_69_2008');
  });
});

describe('revoked text', () => {
  const page = (id: string, frontMatter: Record<string, unknown>) => ({ id, frontMatter });
  const dicabut = revokedSections([
    page('regulasi/uu-1-2023', { status: 'berlaku', relasi: [{ jenis: 'cabut_sebagian', target: 'uu-21-2007', pasal: 'Pasal 2' }] }),
    page('regulasi/uu-21-2007', { status: 'dicabut_sebagian' }),
    page('regulasi/permen-baru', { status: 'berlaku', relasi: [{ jenis: 'cabut', target: 'permen-lama' }] }),
    page('regulasi/permen-lama', { status: 'dicabut' }),
    page('regulasi/perpres-lama', { status: 'dicabut' }),
    page('regulasi/perda-x', { status: 'berlaku', relasi: [{ jenis: 'cabut_sebagian', target: 'perda-y' }] }),
    page('sop/lapor-rt', { status: 'dicabut' }),
  ]);

  it('marks the article a relation names and each of its ayat, not an article whose number only begins the same', () => {
    expect(dicabut('regulasi/uu-21-2007', 'pasal-2')).toBe(true);
    expect(dicabut('regulasi/uu-21-2007', 'pasal-2-ayat-1')).toBe(true);
    expect(dicabut('regulasi/uu-21-2007', 'pasal-20')).toBe(false);
    expect(dicabut('regulasi/uu-21-2007', 'pasal-4')).toBe(false);
    expect(dicabut('regulasi/uu-21-2007', 'intinya')).toBe(false);
  });

  it('marks every section of a page revoked whole, by its status or by a relation that names no article', () => {
    expect(dicabut('regulasi/permen-lama', '')).toBe(true);
    expect(dicabut('regulasi/perpres-lama', 'intinya')).toBe(true);
    expect(dicabut('regulasi/permen-baru', '')).toBe(false);
  });

  it('marks nothing for a partial revocation that does not say which article, nor outside the regulations', () => {
    expect(dicabut('regulasi/perda-y', 'pasal-1')).toBe(false);
    expect(dicabut('sop/lapor-rt', '')).toBe(false);
  });

  it('reads the articles a relation names, in Indonesian or English', () => {
    expect(anchorsNamed('Pasal 2 dan Pasal 5 ayat (1)')).toEqual(['pasal-2', 'pasal-5-ayat-1']);
    expect(anchorsNamed('Article 22A')).toEqual(['pasal-22a']);
  });
});
