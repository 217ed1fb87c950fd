import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { termOf, toTerms, wordsAndTerms } from './pipeline';
import { buildIndex, type PostingsShard } from './compact-index';

const kueri = JSON.parse(readFileSync('tests/search/kueri.json', 'utf8')) as { kueri: { q: string }[]; typo: { q: string }[] };
const teksUji = [
  ...kueri.kueri.map((k) => k.q),
  ...kueri.typo.map((k) => k.q),
  // Page text as authors write it: stop words, affixes, numbers, pasal citations, diacritics.
  readFileSync('docs/sop/lapor-rt.mdx', 'utf8'),
  readFileSync('docs/regulasi/uu-21-2007.md', 'utf8'),
];

/** The index side: the terms the built index holds for one document whose body is `teks`. */
function termIndeks(teks: string): string[] {
  const { kamus, files } = buildIndex([{ url: '/x', judul: '', bagian: '', teks, jenis: 'halaman', wilayah: [] }]);
  const kosakata = kamus.t ? kamus.t.split(' ') : [];
  const shards = kamus.s.map((_, i) => JSON.parse(files.get(`h${i}.json`) as string) as PostingsShard);
  // Every dictionary term has a posting for the document, in its shard.
  kosakata.forEach((t, ti) => {
    const sh = kamus.s.filter((s) => s <= ti).length - 1;
    expect(shards[sh]?.[ti - (kamus.s[sh] as number)]?.length, t).toBe(2);
  });
  return kosakata;
}

describe('index and queries are processed alike', () => {
  it('the built index (index side) holds exactly the terms that wordsAndTerms() gives a query (query side)', () => {
    for (const t of teksUji) expect(termIndeks(t), t.slice(0, 60)).toEqual([...new Set(wordsAndTerms(t).map((w) => w.istilah))].sort());
  });

  it('highlighting a word gives the term the index has for it (or none for a stop word)', () => {
    for (const t of teksUji.slice(0, 60)) {
      for (const kata of t.split(/\s+/).filter(Boolean)) {
        const dariIndeks = termIndeks(kata);
        if (dariIndeks.length === 1) expect(termOf(kata), kata).toBe(dariIndeks[0]);
        if (dariIndeks.length === 0) expect(termOf(kata), kata).toBeUndefined();
      }
    }
  });

  it('the shared pipeline does drop stop words and stem (so the comparison above has something to compare)', () => {
    expect(toTerms('cara melapor ke polisi')).not.toContain('ke');
    expect(toTerms('pelaporan')).toEqual(toTerms('melapor'));
  });
});
