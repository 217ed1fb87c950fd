import { readFileSync } from 'node:fs';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { pipelineFunctions, termOf, toTerms, lunrTokenizer } from './pipeline';

const kueri = JSON.parse(readFileSync('tests/search/kueri.json', 'utf8')) as { kueri: { q: string }[]; typo: { q: string }[] };
const teksUji = [
  ...kueri.kueri.map((k) => k.q),
  ...kueri.typo.map((k) => k.q),
  // Page text as authors write it: stop words, affixes, numbers, pasal citations, diacritics.
  readFileSync('docs/sop/lapor-rt.mdx', 'utf8'),
  readFileSync('docs/regulasi/uu-21-2007.md', 'utf8'),
];

/** The index side: lunr's builder runs our tokenizer, then the registered pipeline functions. */
function termIndeks(teks: string): string[] {
  const pipa = new lunr.Pipeline();
  pipa.add(...pipelineFunctions());
  return pipa.run(lunrTokenizer(teks)).map(String);
}

describe('index and queries are processed alike', () => {
  it('the lunr pipeline (index side) gives exactly the terms of toTerms() (query side)', () => {
    for (const t of teksUji) expect(termIndeks(t), t.slice(0, 60)).toEqual(toTerms(t));
  });

  it('highlighting a word gives the term the index has for it (or none for a stop word)', () => {
    for (const t of teksUji.slice(0, 60)) {
      for (const kata of t.split(/\s+/).filter(Boolean)) {
        const dariIndeks = termIndeks(kata);
        if (dariIndeks.length === 1) expect(termOf(kata), kata).toBe(dariIndeks[0]);
        if (dariIndeks.length === 0 && toTerms(kata).length === 0) expect(termOf(kata), kata).toBeUndefined();
      }
    }
  });

  it('the shared pipeline does drop stop words and stem (so the comparison above has something to compare)', () => {
    expect(toTerms('cara melapor ke polisi')).not.toContain('ke');
    expect(toTerms('pelaporan')).toEqual(toTerms('melapor'));
  });
});
