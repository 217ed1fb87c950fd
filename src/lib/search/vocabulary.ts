/**
 * The index's vocabulary as a query sees it: the dictionary chunks (src/lib/search/compact-index)
 * fetched on demand. Lookups are synchronous and answer from the chunks already here; a lookup in
 * a chunk not yet fetched answers "unknown" and notes the chunk, and `fetchMissing()` fetches what
 * was noted. The searcher reads a query, fetches what it missed, and reads it again until nothing
 * is missing, so every answer it acts on comes from the whole vocabulary.
 */
import type { Dictionary, DictionaryChunk } from './compact-index';

interface LoadedChunk {
  a: number;
  terms: string[];
  index: Map<string, number>;
  chunk: DictionaryChunk;
}

/** Where a term's postings are: its shard file, its place in it, and its continuation blocks. */
interface TermPostings {
  /** Index of the term in the whole vocabulary (names its continuation blocks). */
  ti: number;
  shard: string;
  offset: number;
  blocks: number;
}

export interface Vocabulary {
  has(t: string): boolean;
  df(t: string): number;
  postings(t: string): TermPostings | undefined;
  /** Terms that begin with `awal`, from the chunks that may hold them. */
  withPrefix(awal: string): string[];
  /** Fetches the chunks earlier lookups missed; false when none was missing. */
  fetchMissing(): Promise<boolean>;
}

export function createVocabulary(kamus: Dictionary, ambil: (name: string) => Promise<unknown>): Vocabulary {
  const loaded = new Map<number, LoadedChunk>();
  const missing = new Set<number>();
  const put = (i: number, chunk: DictionaryChunk): void => {
    const terms = chunk.t ? chunk.t.split(' ') : [];
    loaded.set(i, { a: chunk.a, terms, index: new Map(terms.map((t, k) => [t, k])), chunk });
  };
  if (kamus.k) put(0, kamus.k);

  /** The chunk whose range holds `t`: the last whose first term is not after it. */
  function chunkOf(t: string): number {
    let lo = 0;
    let hi = kamus.p.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((kamus.p[mid] as string) <= t) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  function chunk(i: number): LoadedChunk | undefined {
    const c = loaded.get(i);
    if (!c) missing.add(i);
    return c;
  }

  function local(t: string): { c: LoadedChunk; k: number } | undefined {
    const c = chunk(chunkOf(t));
    const k = c?.index.get(t);
    return c && k !== undefined ? { c, k } : undefined;
  }

  return {
    has: (t) => local(t) !== undefined,
    df: (t) => {
      const l = local(t);
      return l ? (l.c.chunk.df[l.k] ?? 0) : 0;
    },
    postings(t) {
      const l = local(t);
      if (!l) return undefined;
      const { s, h, e } = l.c.chunk;
      let j = 0;
      while (j + 1 < s.length && (s[j + 1] as number) <= l.k) j += 1;
      let blocks = 0;
      for (let i = 0; i < e.length; i += 2) if (e[i] === l.k) blocks = e[i + 1] as number;
      return { ti: l.c.a + l.k, shard: `h${h + j}.json`, offset: l.k - (s[j] as number), blocks };
    },
    withPrefix(awal) {
      const out: string[] = [];
      for (let i = chunkOf(awal); i < kamus.p.length; i += 1) {
        if (i > chunkOf(awal) && !(kamus.p[i] as string).startsWith(awal)) break;
        const c = chunk(i);
        if (!c) continue;
        for (const t of c.terms) if (t.startsWith(awal)) out.push(t);
      }
      return out;
    },
    async fetchMissing() {
      if (missing.size === 0) return false;
      const nomor = [...missing].filter((i) => !loaded.has(i));
      missing.clear();
      const isi = await Promise.all(nomor.map((i) => ambil(`k${i}.json`) as Promise<DictionaryChunk>));
      nomor.forEach((i, k) => put(i, isi[k] as DictionaryChunk));
      return nomor.length > 0;
    },
  };
}
