/**
 * Building the search index and storing it compactly. A lunr index serialised as JSON repeats
 * every term per field per document and keeps every document's full vector; here we store only
 * term frequencies per field and field lengths (flat number arrays), and rebuild the very same
 * lunr index in the browser by replaying lunr's own Builder from those numbers.
 */
import type { JenisKonten } from '../content/schema';
import lunr from 'lunr';
import { pipelineFunctions, lunrTokenizer } from './pipeline';

/** A search document's kind: the page's kind (src/lib/content/schema), one list for both. */
export type DocumentKind = JenisKonten;

export interface SearchDocument {
  /** Link to the exact section: `/regulasi/uu-21-2007#pasal-2`. */
  url: string;
  /** Page title. */
  judul: string;
  /** Section heading ('' for the page's opening). */
  bagian: string;
  /** Section text; only the start is stored as a snippet. */
  teks: string;
  jenis: DocumentKind;
  wilayah: string[];
  /** Regulation facets, when the page is a regulation. */
  regulasi?: { jenis: string; tahun: number; status: string };
}

/** A search result's document, as the interface shows it (snippets come separately). */
export type StoredDocument = Omit<SearchDocument, 'teks'>;

const FIELD = ['judul', 'bagian', 'teks'] as const;
const BOOST = [10, 4, 1];
export const SNIPPET_LENGTH = 140;

interface HalamanRingkas {
  u: string;
  j: string;
  k: DocumentKind;
  w: string[];
  r?: SearchDocument['regulasi'];
}

/**
 * What ships to the browser. Pages are stored once and sections point at them; postings are
 * flat number pairs per term: [doc-id delta, tf × 3 + field, ...].
 */
export interface CompactIndex {
  versi: 2;
  pipeline: string[];
  halaman: HalamanRingkas[];
  /** Per section: [page index, anchor ('' for the page's opening), heading]. */
  dok: [number, string, string][];
  istilah: Record<string, number[]>;
  /** Per section, the length of each field in terms. */
  panjang: number[][];
}

export function snippet(teks: string): string {
  const t = teks.replace(/\s+/g, ' ').trim();
  if (t.length <= SNIPPET_LENGTH) return t;
  const potong = t.slice(0, SNIPPET_LENGTH);
  return `${potong.slice(0, Math.max(potong.lastIndexOf(' '), SNIPPET_LENGTH - 20))}…`;
}

/** The sections of the compact index, expanded back into documents. */
export function documentsOf(r: CompactIndex): StoredDocument[] {
  return r.dok.map(([hi, anchor, bagian]) => {
    const h = r.halaman[hi] as HalamanRingkas;
    return { url: anchor ? `${h.u}#${anchor}` : h.u, judul: h.j, bagian, jenis: h.k, wilayah: h.w, ...(h.r ? { regulasi: h.r } : {}) };
  });
}

function builderBaru(): lunr.Builder {
  const b = new lunr.Builder();
  const fungsi = pipelineFunctions();
  b.pipeline.add(...fungsi);
  b.searchPipeline.add(...fungsi);
  b.tokenizer = lunrTokenizer as unknown as typeof lunr.tokenizer;
  b.metadataWhitelist = [];
  b.ref('id');
  FIELD.forEach((f, i) => b.field(f, { boost: BOOST[i] }));
  return b;
}

interface BuilderDalam {
  _documents: Record<string, object>;
  fieldTermFrequencies: Record<string, Record<string, number>>;
  fieldLengths: Record<string, number>;
  invertedIndex: Record<string, Record<string, unknown> & { _index: number }>;
  documentCount: number;
  termIndex: number;
}

/** Builds the lunr index (to check it), its compact form (to ship) and the snippets (fetched later). */
export function buildIndex(dokumen: readonly SearchDocument[]): { indeks: lunr.Index; ringkas: CompactIndex; cuplikan: string[] } {
  const b = builderBaru();
  dokumen.forEach((d, id) => b.add({ id: String(id), judul: d.judul, bagian: d.bagian, teks: d.teks }));
  const dalam = b as unknown as BuilderDalam;
  const perTerm = new Map<string, [number, number, number][]>();
  for (const [kunci, frek] of Object.entries(dalam.fieldTermFrequencies)) {
    const [field, id] = kunci.split('/') as [string, string];
    const fi = FIELD.indexOf(field as (typeof FIELD)[number]);
    for (const [term, tf] of Object.entries(frek)) {
      const daftar = perTerm.get(term);
      if (daftar) daftar.push([Number(id), fi, tf]);
      else perTerm.set(term, [[Number(id), fi, tf]]);
    }
  }
  const istilah: Record<string, number[]> = {};
  for (const [term, daftar] of [...perTerm].sort(([a], [b]) => (a < b ? -1 : 1))) {
    daftar.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    let sebelum = 0;
    istilah[term] = daftar.flatMap(([id, fi, tf]) => {
      const delta = id - sebelum;
      sebelum = id;
      return [delta, tf * 3 + fi];
    });
  }
  const halaman: HalamanRingkas[] = [];
  const indeksHalaman = new Map<string, number>();
  const dok: [number, string, string][] = dokumen.map((d) => {
    const [u, anchor = ''] = d.url.split('#') as [string, string?];
    let hi = indeksHalaman.get(u);
    if (hi === undefined) {
      hi = halaman.push({ u, j: d.judul, k: d.jenis, w: d.wilayah, ...(d.regulasi ? { r: d.regulasi } : {}) }) - 1;
      indeksHalaman.set(u, hi);
    }
    return [hi, anchor, d.bagian];
  });
  const ringkas: CompactIndex = {
    versi: 2,
    pipeline: ['id-normalise', 'id-stopwords', 'id-stemmer'],
    halaman,
    dok,
    istilah,
    panjang: dokumen.map((_, id) => FIELD.map((f) => dalam.fieldLengths[`${f}/${id}`] ?? 0)),
  };
  return { indeks: b.build(), ringkas, cuplikan: dokumen.map((d) => snippet(d.teks)) };
}

/** Rebuilds the lunr index from its compact form: same terms, same vectors, same scores. */
export function loadIndex(r: CompactIndex): lunr.Index {
  const b = builderBaru();
  const dalam = b as unknown as BuilderDalam;
  r.panjang.forEach((p, id) => {
    dalam._documents[String(id)] = {};
    FIELD.forEach((f, fi) => (dalam.fieldLengths[`${f}/${id}`] = p[fi] ?? 0));
  });
  for (const id of r.panjang.keys()) for (const f of FIELD) dalam.fieldTermFrequencies[`${f}/${id}`] = {};
  for (const [term, pasangan] of Object.entries(r.istilah)) {
    const posting: Record<string, unknown> & { _index: number } = { _index: dalam.termIndex++ };
    for (const f of FIELD) posting[f] = {};
    let id = 0;
    for (let i = 0; i < pasangan.length; i += 2) {
      id += pasangan[i] as number;
      const kode = pasangan[i + 1] as number;
      const f = FIELD[kode % 3] as string;
      (posting[f] as Record<string, object>)[String(id)] = {};
      (dalam.fieldTermFrequencies[`${f}/${id}`] as Record<string, number>)[term] = Math.floor(kode / 3);
    }
    dalam.invertedIndex[term] = posting;
  }
  dalam.documentCount = r.panjang.length;
  return b.build();
}
