import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toTerms } from './pipeline';
import { stem } from './stemmer';
import { buildIndex, fromFiles, type DictionaryChunk, type PostingsShard } from './compact-index';
import { createSearcher, type Searcher } from './query';

const kueri = JSON.parse(readFileSync('tests/search/kueri.json', 'utf8')) as { kueri: { q: string }[]; typo: { q: string }[] };
const teksUji = [
  ...kueri.kueri.map((k) => k.q),
  ...kueri.typo.map((k) => k.q),
  // Page text as authors write it: stop words, affixes, numbers, pasal citations, diacritics.
  readFileSync('docs/sop/lapor-rt.mdx', 'utf8'),
  readFileSync('docs/regulasi/uu-21-2007.md', 'utf8'),
];

/** The index side: the terms the built index holds for one document whose body is `teks`, and a searcher over it. */
async function indeks(teks: string): Promise<{ terms: string[]; pencari: Searcher }> {
  const { kamus, files } = buildIndex([{ url: '/x', judul: '', bagian: '', teks, jenis: 'halaman', wilayah: [] }]);
  const chunks = kamus.k ? [kamus.k] : kamus.p.map((_, i) => JSON.parse(files.get(`k${i}.json`) as string) as DictionaryChunk);
  const kosakata = chunks.flatMap((c) => (c.t ? c.t.split(' ') : []));
  // Every dictionary term has a posting for the document, in its shard.
  for (const c of chunks) {
    (c.t ? c.t.split(' ') : []).forEach((t, k) => {
      const j = c.s.filter((x) => x <= k).length - 1;
      const shard = JSON.parse(files.get(`h${c.h + j}.json`) as string) as PostingsShard;
      expect(shard[k - (c.s[j] as number)]?.length, t).toBe(2);
    });
  }
  return { terms: kosakata, pencari: await createSearcher(fromFiles(files)) };
}

describe('index and queries are processed alike', () => {
  it('the built index (index side) holds exactly the terms its searcher reads in the same text (query side)', async () => {
    for (const t of teksUji) {
      const { terms, pencari } = await indeks(t);
      expect(terms, t.slice(0, 60)).toEqual([...new Set(await pencari.istilah(t))].sort());
    }
  });

  it('highlighting marks every word whose term the index holds, and no stop word', async () => {
    for (const t of teksUji) {
      const { terms, pencari } = await indeks(t);
      for (const kata of t.split(/[^\p{L}\p{N}-]+/u).filter(Boolean)) {
        const disorot = pencari.sorot(kata, terms).some((s) => s.sorot);
        expect(disorot, kata).toBe(toTerms(kata).length > 0);
      }
    }
  });

  it('a root a prefix melted is restored where the text attests it, on both sides', async () => {
    // Tala alone reads "menegur" as "egur" and "pengiriman" as "irim".
    expect(stem('menegur')).toBe('egur');
    const { terms, pencari } = await indeks('Jangan menegur perekrut. Ketua RT boleh tegur. Pengiriman dan kirim. Memeriksa dan periksa.');
    expect(terms).toEqual(expect.arrayContaining(['tegur', 'kirim', 'periksa']));
    expect(terms).not.toContain('egur');
    expect(terms).not.toContain('irim');
    expect(await pencari.istilah('menegur mengirim')).toEqual(['tegur', 'kirim']);
    // Without the root in the text, nothing is restored: "menulis" stays as Tala reads it.
    expect((await indeks('menulis surat')).terms).toContain(stem('menulis'));
  });

  it('the shared pipeline does drop stop words and stem (so the comparison above has something to compare)', () => {
    expect(toTerms('cara melapor ke polisi')).not.toContain('ke');
    expect(toTerms('pelaporan')).toEqual(toTerms('melapor'));
  });
});
