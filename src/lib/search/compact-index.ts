/**
 * Building the search index as many small files, so that what the first search fetches does not
 * grow with the library (BENCHMARKS.md, "Search at scale"):
 *
 * - `kamus.json`, the dictionary's head: how many sections, the document-id ranges of each kind,
 *   the thesaurus read into this index's terms, and the first term of each dictionary chunk.
 * - `k<n>.json`, dictionary chunks: consecutive terms with their document frequency and where
 *   their postings are. A query fetches only the chunks of the terms it looks up (its words,
 *   their corrections, synonyms and completions), so the dictionary a search reads stays small
 *   as the library grows. A small library has one chunk, kept inside `kamus.json`.
 * - `h<n>.json`, postings shards: for consecutive terms, each term's best-scoring sections (at most
 *   `HEAD` of them) with their scores, computed here (BM25 with field boosts), so nothing is
 *   rebuilt in the browser. A query fetches only the shards of its terms.
 * - `e<term>-<n>.json`, the rest of a common term's postings, in blocks, fetched only for whole
 *   queries (not while typing) that need them.
 * - `d<n>.json`, document fragments: url, title, heading, facets and snippet of `FRAGMENT`
 *   consecutive sections, fetched only for the results shown.
 *
 * Terms come from the same pipeline as queries (`wordsAndTerms`, src/lib/search/pipeline), with
 * the roots this text attests; so do the thesaurus' terms.
 */
import type { JenisKonten } from '../content/schema';
import { attestedRoots, toTerms } from './pipeline';
import { SYNONYM_GROUPS } from './synonyms';
import { encodeScore } from './score';
import { fnv1a } from '../random';
import type { Bahasa } from '../content/bahasa';

/** A search document's kind: a page's kind, or a contact card (`kontak`). */
export type DocumentKind = JenisKonten | 'kontak';

export interface SearchDocument {
  /** Link to the exact section: `/regulasi/uu-21-2007#pasal-2`. */
  url: string;
  /** Page title (for a registry company, its name; for a contact, its name). */
  judul: string;
  /** Section heading ('' for the page's opening). */
  bagian: string;
  /** Section text; only the start is stored, as the snippet. */
  teks: string;
  jenis: DocumentKind;
  wilayah: string[];
  /** Regulation facets, when the page is a regulation. */
  regulasi?: { jenis: string; tahun: number; status: string };
  /** A registry company's row: it ranks for its name, not for words of its status text. */
  registri?: boolean;
  /** Revoked law (src/lib/regulasi/revoked): it ranks after text in force and is labelled so. */
  dicabut?: boolean;
  /** A note on the page's evidence (src/lib/content/evidence-notes): it ranks after what the sources show. */
  catatanBukti?: boolean;
}

/** A search result's document, as the interface shows it. */
export type StoredDocument = Omit<SearchDocument, 'teks'> & { cuplikan: string };

export const SNIPPET_LENGTH = 140;
/** Sections kept in a term's first block: enough for any page of results. */
export const HEAD = 128;
/** Postings per continuation block. */
export const TAIL_BLOCK = 512;
/** Sections per document fragment. */
export const FRAGMENT = 16;
/** A postings shard closes once its JSON passes this many characters. */
const SHARD_CHARS = 6_000;
/** A dictionary chunk closes once its terms and counts pass this many characters. */
const CHUNK_CHARS = 4_000;
/** A dictionary up to this many characters stays one chunk inside `kamus.json` (one fetch fewer). */
const INLINE_CHARS = 32_000;

const FIELDS = ['judul', 'bagian', 'teks'] as const;
/**
 * Field boosts: a word in the title weighs most, then the heading, then the body. Every section
 * repeats its page's title, so the title's boost is kept moderate (chosen on the labelled queries).
 */
const BOOST = [5, 4, 1];
const K1 = 1.2;
const B = 0.75;

/** Document-id range of one kind (documents are ordered by kind). */
export interface KindRange {
  jenis: DocumentKind;
  awal: number;
  akhir: number;
  registri?: true;
}

/** The dictionary's head (`kamus.json`), loaded when search is first used. */
export interface Dictionary {
  versi: 4;
  /** The language of the pipeline that made the terms (queries must use the same). */
  bahasa: Bahasa;
  /** Number of sections. */
  n: number;
  r: KindRange[];
  /** Sections per fragment file. */
  g: number;
  /** Ids of the sections holding revoked law, ascending (absent when there are none). */
  c?: number[];
  /** Ids of the sections that are notes on the evidence, ascending (absent when there are none). */
  b?: number[];
  /** The thesaurus (data/tesaurus.json) in this index's terms: groups, members, each member's terms. */
  z: string[][][];
  /** First term of each dictionary chunk `k<i>.json`, ascending. */
  p: string[];
  /** The only chunk, when the dictionary is small enough to travel here (then `p` is `['']`). */
  k?: DictionaryChunk;
}

/** A dictionary chunk (`k<i>.json`): consecutive terms of the sorted vocabulary. */
export interface DictionaryChunk {
  /** Index of the chunk's first term in the whole vocabulary (names continuation blocks). */
  a: number;
  /** The chunk's terms, sorted, joined by spaces. */
  t: string;
  /** Document frequency of each term. */
  df: number[];
  /** Number of the postings shard `h<n>.json` that holds the chunk's first term. */
  h: number;
  /** Local index of the first term of each of the chunk's shards (the first is 0). */
  s: number[];
  /** [local term index, number of continuation blocks] for terms with more than HEAD sections. */
  e: number[];
}

/**
 * A postings shard: per term (in dictionary order, from the shard's first term), flat pairs
 * [doc-id delta, encodeScore(score)], doc ids ascending.
 */
export type PostingsShard = number[][];

/** A document fragment: its pages once ([url, title, kind, regions, regulation?]), then its sections ([page, anchor, heading, snippet]). */
export interface Fragment {
  h: [string, string, DocumentKind, string[], SearchDocument['regulasi'] | 0][];
  d: [number, string, string, string][];
}

/** The small file the site fetches first (`indeks-cari.json`), never cached. */
export interface IndexManifest {
  versi: 4;
  /** Folder of this build's index files, relative to the site root; every file in it is immutable. */
  dasar: string;
  dokumen: number;
}

export function snippet(teks: string): string {
  const t = teks.replace(/\s+/g, ' ').trim();
  if (t.length <= SNIPPET_LENGTH) return t;
  const potong = t.slice(0, SNIPPET_LENGTH);
  return `${potong.slice(0, Math.max(potong.lastIndexOf(' '), SNIPPET_LENGTH - 20))}…`;
}

/** Kind order of document ids; ranges let the searcher know a result's kind before fetching it. */
const KIND_ORDER: DocumentKind[] = ['kontak', 'sop', 'regulasi', 'pelatihan', 'halaman', 'perekrut'];

/** FNV-1a, 32 bits, as 8 hex digits: names a build's index folder after its content. */
export function contentHash(parts: readonly string[]): string {
  return fnv1a(...parts)
    .toString(16)
    .padStart(8, '0');
}

/** The fields of a document as the index sees them: a registry row is found by its name only. */
function indexedFields(d: SearchDocument): [string, string, string] {
  return d.registri ? [d.judul, '', ''] : [d.judul, d.bagian, d.teks];
}

export interface BuiltIndex {
  /** Documents in id order (ordered by kind). */
  dokumen: SearchDocument[];
  kamus: Dictionary;
  /** File name (inside the index folder) → JSON text. */
  files: Map<string, string>;
}

/** One chunk of several consecutive ones (a small dictionary travels whole in `kamus.json`). */
function mergeChunks(chunks: readonly DictionaryChunk[]): DictionaryChunk {
  const out: DictionaryChunk = { a: 0, t: '', df: [], h: 0, s: [], e: [] };
  const terms: string[] = [];
  for (const c of chunks) {
    const geser = c.a - out.a;
    if (c.t) terms.push(c.t);
    out.df.push(...c.df);
    out.s.push(...c.s.map((x) => x + geser));
    for (let i = 0; i < c.e.length; i += 2) out.e.push((c.e[i] as number) + geser, c.e[i + 1] as number);
  }
  out.t = terms.join(' ');
  return out;
}

/** Builds every file of the index from the documents. Pure: the caller writes the files. */
export function buildIndex(input: readonly SearchDocument[], bahasa: Bahasa = 'id'): BuiltIndex {
  const urut = KIND_ORDER.flatMap((k) => [false, true].flatMap((reg) => input.filter((d) => d.jenis === k && Boolean(d.registri) === reg)));
  const lain = input.filter((d) => !KIND_ORDER.includes(d.jenis));
  const dokumen = [...urut, ...lain];
  const n = dokumen.length;

  // Term frequencies per field, and field lengths.
  const akar = attestedRoots(dokumen.flatMap(indexedFields), bahasa);
  const known = (t: string): boolean => akar.has(t);
  const tf = new Map<string, Map<number, [number, number, number]>>();
  const panjang = dokumen.map((d, id) =>
    indexedFields(d).map((teks, f) => {
      const terms = toTerms(teks, bahasa, known);
      for (const t of terms) {
        let per = tf.get(t);
        if (!per) tf.set(t, (per = new Map()));
        let v = per.get(id);
        if (!v) per.set(id, (v = [0, 0, 0]));
        v[f] = (v[f] as number) + 1;
      }
      return terms.length;
    }),
  );
  const rata = FIELDS.map((_, f) => panjang.reduce((s, p) => s + (p[f] as number), 0) / Math.max(1, n) || 1);

  const terms = [...tf.keys()].sort();
  const files = new Map<string, string>();
  const encode = (list: [number, number][]): number[] => {
    list.sort((a, b) => a[0] - b[0]);
    let prev = 0;
    return list.flatMap(([id, v]) => {
      const d = id - prev;
      prev = id;
      return [d, v];
    });
  };
  // Chunks of the dictionary; a postings shard never spans two chunks.
  const chunks: DictionaryChunk[] = [];
  let chunk: DictionaryChunk | undefined;
  let chunkTerms: string[] = [];
  let chunkChars = 0;
  let shardCount = 0;
  let shard: number[][] = [];
  let shardChars = 0;
  const closeShard = (): void => {
    if (shard.length === 0) return;
    files.set(`h${shardCount}.json`, JSON.stringify(shard));
    shardCount += 1;
    shard = [];
    shardChars = 0;
  };
  const closeChunk = (): void => {
    if (!chunk) return;
    closeShard();
    chunk.t = chunkTerms.join(' ');
    chunks.push(chunk);
    chunk = undefined;
    chunkTerms = [];
    chunkChars = 0;
  };
  terms.forEach((t, ti) => {
    if (!chunk) chunk = { a: ti, t: '', df: [], h: shardCount, s: [], e: [] };
    const per = tf.get(t) as Map<number, [number, number, number]>;
    const local = ti - chunk.a;
    chunkTerms.push(t);
    chunk.df.push(per.size);
    chunkChars += t.length + String(per.size).length + 2;
    const idf = Math.log(1 + (n - per.size + 0.5) / (per.size + 0.5));
    const scored: [number, number][] = [...per].map(([id, f]) => {
      let sk = 0;
      f.forEach((x, i) => {
        if (!x) return;
        const len = (panjang[id] as number[])[i] as number;
        sk += (BOOST[i] as number) * idf * ((x * (K1 + 1)) / (x + K1 * (1 - B + (B * len) / (rata[i] as number))));
      });
      return [id, encodeScore(sk)];
    });
    scored.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const head = encode(scored.slice(0, HEAD));
    const rest = scored.slice(HEAD);
    if (shard.length === 0) chunk.s.push(local);
    shard.push(head);
    shardChars += head.length * 4;
    if (rest.length > 0) {
      const blocks = Math.ceil(rest.length / TAIL_BLOCK);
      chunk.e.push(local, blocks);
      for (let bi = 0; bi < blocks; bi += 1) files.set(`e${ti}-${bi}.json`, JSON.stringify(encode(rest.slice(bi * TAIL_BLOCK, (bi + 1) * TAIL_BLOCK))));
    }
    if (shardChars >= SHARD_CHARS) closeShard();
    if (chunkChars >= CHUNK_CHARS) closeChunk();
  });
  closeChunk();
  const sizeOf = chunks.reduce((sum, c) => sum + c.t.length + c.df.length * 3, 0);
  const inline = chunks.length <= 1 || sizeOf <= INLINE_CHARS ? mergeChunks(chunks) : undefined;

  // Fragments.
  for (let awal = 0; awal < n; awal += FRAGMENT) {
    const frag: Fragment = { h: [], d: [] };
    const halaman = new Map<string, number>();
    for (const d of dokumen.slice(awal, awal + FRAGMENT)) {
      const [u, anchor = ''] = d.url.split('#') as [string, string?];
      const key = `${u}\u0000${d.judul}\u0000${d.jenis}`;
      let hi = halaman.get(key);
      if (hi === undefined) {
        hi = frag.h.push([u, d.judul, d.jenis, d.wilayah, d.regulasi ?? 0]) - 1;
        halaman.set(key, hi);
      }
      frag.d.push([hi, anchor, d.bagian, snippet(d.teks)]);
    }
    files.set(`d${awal / FRAGMENT}.json`, JSON.stringify(frag));
  }

  const r: KindRange[] = [];
  dokumen.forEach((d, id) => {
    const last = r[r.length - 1];
    if (last && last.jenis === d.jenis && Boolean(last.registri) === Boolean(d.registri)) last.akhir = id + 1;
    else r.push({ jenis: d.jenis, awal: id, akhir: id + 1, ...(d.registri ? { registri: true as const } : {}) });
  });
  const ids = (p: (d: SearchDocument) => boolean | undefined): number[] => dokumen.flatMap((d, id) => (p(d) ? [id] : []));
  const dicabut = ids((d) => d.dicabut);
  const catatanBukti = ids((d) => d.catatanBukti);
  const kamus: Dictionary = {
    versi: 4,
    bahasa,
    n,
    r,
    g: FRAGMENT,
    ...(dicabut.length ? { c: dicabut } : {}),
    ...(catatanBukti.length ? { b: catatanBukti } : {}),
    z: SYNONYM_GROUPS.map((g) => g.map((a) => toTerms(a, bahasa, known)).filter((a) => a.length > 0)),
    p: inline ? [''] : chunks.map((c) => c.t.slice(0, c.t.indexOf(' ') < 0 ? undefined : c.t.indexOf(' '))),
    ...(inline ? { k: inline } : {}),
  };
  if (!inline) chunks.forEach((c, i) => files.set(`k${i}.json`, JSON.stringify(c)));
  files.set('kamus.json', JSON.stringify(kamus));
  return { dokumen, kamus, files };
}

/** Reads files of a built index from memory (tests, benchmarks): the same parsed JSON the browser gets. */
export function fromFiles(files: ReadonlyMap<string, string>): (name: string) => Promise<unknown> {
  return async (name) => {
    const teks = files.get(name);
    if (teks === undefined) throw new Error(`index file missing: ${name}`);
    return JSON.parse(teks) as unknown;
  };
}
