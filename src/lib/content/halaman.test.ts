import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CARD_DOC_IDS, OFFLINE_DOC_IDS, halamanPolicy } from './halaman';

const id = (jalur: string): string => `@site/docs/${jalur}`;
const en = (jalur: string): string => `@site/i18n/en/docusaurus-plugin-content-docs/current/${jalur}`;

describe('what a page offers', () => {
  it('the reporting SOP: print, offline copy, emergency line; the same in English', () => {
    const harap = { jenis: 'sop', cetak: true, offline: true, kartu: false, darurat: true };
    expect(halamanPolicy(id('sop/lapor-rt.mdx'))).toEqual(harap);
    expect(halamanPolicy(en('sop/lapor-rt.mdx'))).toEqual(harap);
  });

  it('an SOP the offline copy does not hold offers no "Simpan", but still the emergency line', () => {
    expect(halamanPolicy(id('sop/pencekalan.md'))).toMatchObject({ offline: false, darurat: true, cetak: true });
  });

  it('the SOP index is a general page, kept offline, with the emergency line and no print button', () => {
    expect(halamanPolicy(id('sop/index.mdx'))).toEqual({ jenis: 'halaman', cetak: false, offline: true, kartu: false, darurat: true });
  });

  it('RT cards print as cards; recruiter pages, the folder index too, are recruiter pages', () => {
    expect(halamanPolicy(id('sop/kartu-rt-kota-kupang.mdx'))).toMatchObject({ kartu: true, offline: false });
    expect(halamanPolicy(id('perekrut/index.md'))).toMatchObject({ jenis: 'perekrut', cetak: true, offline: false });
    expect(halamanPolicy(id('perekrut/cek.mdx'))).toMatchObject({ jenis: 'perekrut', offline: true, darurat: false });
    expect(halamanPolicy(id('regulasi/index.mdx'))).toMatchObject({ jenis: 'halaman', cetak: false });
    expect(halamanPolicy(id('tentang/laporkan-kesalahan.mdx'))).toMatchObject({ jenis: 'halaman', cetak: false, darurat: false });
  });

  it.each([...OFFLINE_DOC_IDS, ...CARD_DOC_IDS])('%s is a page of the docs tree (a typo would drop it silently)', (dok) => {
    // The English site uses the same ids; an untranslated page falls back to the Indonesian file.
    expect([`docs/${dok}.md`, `docs/${dok}.mdx`].some((f) => existsSync(f))).toBe(true);
  });
});
