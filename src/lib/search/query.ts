/**
 * Answering a query over the index files of src/lib/search/compact-index. Each query word becomes
 * a set of index terms: the word itself; while typing, the most common terms it begins (prefix)
 * for the last word; for a word of 5+ letters that is not in the index, the terms one edit away
 * (typos); and the thesaurus' other names for it. Only the dictionary's head is loaded up front;
 * a query fetches the dictionary chunks of the words it looks up (src/lib/search/vocabulary), the
 * postings shards of its terms, and the fragments of the results it returns.
 *
 * Ranking: a cited article first; then coordination (how many of the query's words a section
 * matches, each weighed by its idf) plus the log of
 * the score computed at build time (BM25 with field boosts), summed over the matched terms. A registry row
 * answers a company-name query, never a topic query: when the query does not look like a name,
 * registry rows come after every other result. Training modules (unless the query asks for
 * training), revoked law and notes on a page's evidence yield (`YIELD`).
 */
import { wordsAndTerms, toTerms } from './pipeline';
import { highlight, type Segment } from './highlight';
import { stem } from './stemmer';
import { parseCitation, matchesCitation } from './citation';
import { createVocabulary } from './vocabulary';
import type { Bahasa } from '../content/bahasa';
import type { Dictionary, DocumentKind, Fragment, KindRange, PostingsShard, StoredDocument } from './compact-index';
import { decodeScore } from './score';

export interface SearchResult {
  /** Position of the section in the index. */
  nomor: number;
  dokumen: StoredDocument;
  skor: number;
  /** How much of the query this section matches: the sum of the matched words' idf. */
  cocok: number;
  /** Index terms that matched, for highlighting. */
  istilah: string[];
}

export interface SearchFilter {
  jenis?: DocumentKind[];
  wilayah?: string[];
  jenisRegulasi?: string[];
  tahun?: number[];
  status?: string[];
}

export interface SearchOptions {
  /** The person is still typing the last word: match it as a prefix too, and use only each term's best sections. */
  mengetik?: boolean;
  filter?: SearchFilter;
  /** Most results returned (default 50). */
  batas?: number;
}

export interface Searcher {
  cari(kueri: string, opsi?: SearchOptions): Promise<SearchResult[]>;
  /** The terms a query expands to, per query word (for tests and the command line). */
  perluas(kueri: string, mengetik?: boolean): Promise<string[][]>;
  /** A text's terms as this index reads them (queries; the identity test). */
  istilah(teks: string): Promise<string[]>;
  /** A snippet in segments, the words whose terms matched marked (src/lib/search/highlight). */
  sorot(teks: string, istilahCocok: readonly string[]): Segment[];
  /** The index's language. */
  readonly bahasa: Bahasa;
}

/** Reads one file of the index folder (`kamus.json`, `h3.json`, …) as parsed JSON. */
export type LoadFile = (name: string) => Promise<unknown>;

const MIN_FUZZY = 5;
/**
 * How much the build-time score (BM25 with field boosts, summed over the matched terms) adds to
 * coordination, on a log scale: enough that a section about the words beats one that only
 * mentions them all, not so much that one repeated word beats the query's other words.
 * Chosen on the labelled queries (BENCHMARKS.md).
 */
const SCORE_WEIGHT = 4;
/**
 * What a section that yields keeps of its rank: a training module when the query does not ask
 * for training (it restates the SOPs and laws for trainers), revoked law (the text in force
 * answers the question today), and a note on a page's evidence (what is unverified or unknown,
 * where the official text is: what the sources show comes first). Enough to put it after a
 * section that matches as well, not after sections that match fewer of the query's words.
 * Chosen on the labelled queries.
 */
const YIELD = 0.75;
/** Most prefix completions of a half-typed word, by how common they are. */
const MAX_PREFIX = 12;
/** Most typo corrections of a word. */
const MAX_TYPO = 6;
/** Typo corrections keep a word's first letters (src/lib/search/vocabulary: fewer chunks to read). */
const TYPO_FROM = 2;
/** Most rounds of fetching dictionary chunks for one query (each round fetches what the last missed). */
const MAX_ROUNDS = 6;
/** Most continuation blocks one whole query reads. */
const MAX_TAIL_BLOCKS = 24;
/** Indonesian prefixes, longest first. */
const AWALAN = ['memper', 'meng', 'meny', 'peng', 'peny', 'mem', 'men', 'pem', 'pen', 'per', 'ber', 'ter', 'ke', 'me', 'pe', 'di', 'se'];
/** Words that make a query a company's name. */
const BENTUK_BADAN = new Set(['pt', 'cv', 'ud', 'tbk', 'persero', 'koperasi', 'yayasan']);
/** Query terms that ask for training material (Indonesian stems, and English ones for /en). */
const TRAINING_WORDS = ['latih', 'pelatihan', 'modul', 'kuis', 'ajar', 'train', 'trainer', 'quiz', 'modul', 'lesson'];

/** Does a result's document pass the facets? (The search page filters the results it has with this.) */
export function matchesFilter(d: StoredDocument, f: SearchFilter | undefined): boolean {
  if (!f) return true;
  if (f.jenis?.length && !f.jenis.includes(d.jenis)) return false;
  if (f.wilayah?.length && !d.wilayah.some((w) => f.wilayah?.includes(w))) return false;
  if (f.jenisRegulasi?.length && !(d.regulasi && f.jenisRegulasi.includes(d.regulasi.jenis))) return false;
  if (f.tahun?.length && !(d.regulasi && f.tahun.includes(d.regulasi.tahun))) return false;
  if (f.status?.length && !(d.regulasi && f.status.includes(d.regulasi.status))) return false;
  return true;
}

/** Loads the dictionary and returns a searcher that fetches the rest through `load` as needed. */
export async function createSearcher(load: LoadFile): Promise<Searcher> {
  const kamus = (await load('kamus.json')) as Dictionary;
  const bahasa: Bahasa = kamus.bahasa === 'en' ? 'en' : 'id';
  const n = kamus.n;
  const dicabut = new Set(kamus.c ?? []);
  const catatanBukti = new Set(kamus.b ?? []);
  const files = new Map<string, Promise<unknown>>();
  const ambil = (name: string): Promise<unknown> => {
    let p = files.get(name);
    if (!p) {
      p = load(name);
      p.catch(() => files.delete(name));
      files.set(name, p);
    }
    return p;
  };
  const kosakata = createVocabulary(kamus, ambil);
  const idf = (t: string): number => {
    const d = kosakata.df(t);
    return d ? Math.log(1 + Math.abs((n - d + 0.5) / (d + 0.5))) : 0;
  };
  // The index's terms attest the roots a query word may be read as (src/lib/search/pipeline).
  const known = (t: string): boolean => kosakata.has(t);
  // The thesaurus, read into index terms when the index was built.
  const grupDiproses = kamus.z;
  const istilahTesaurus = new Set(grupDiproses.flatMap((g) => g.filter((a) => a.length === 1).map((a) => a[0] as string)));

  /**
   * Runs `baca` (which looks words up) until every chunk it looked in is here: a lookup in a
   * chunk not yet fetched answers "unknown", so the last reading is the only one acted on.
   */
  async function denganKosakata<T>(baca: () => T): Promise<T> {
    for (let i = 0; i < MAX_ROUNDS; i += 1) {
      const hasil = baca();
      if (!(await kosakata.fetchMissing())) return hasil;
    }
    return baca();
  }

  function rangeOf(id: number): KindRange | undefined {
    return kamus.r.find((r) => id >= r.awal && id < r.akhir);
  }

  /**
   * Every word one edit away from `kata` (delete, swap, replace, insert a letter), keeping its
   * first two letters: people rarely mistype those, and each correction is then looked up in
   * the few dictionary chunks that hold words beginning the same way.
   */
  function satuEdit(kata: string): Set<string> {
    const huruf = 'abcdefghijklmnopqrstuvwxyz';
    const hasil = new Set<string>();
    for (let i = TYPO_FROM; i <= kata.length; i += 1) {
      const a = kata.slice(0, i);
      const b = kata.slice(i);
      if (b) hasil.add(a + b.slice(1));
      if (b.length > 1) hasil.add(a + (b[1] as string) + (b[0] as string) + b.slice(2));
      for (const h of huruf) {
        if (b) hasil.add(a + h + b.slice(1));
        hasil.add(a + h + b);
      }
    }
    return hasil;
  }

  const byDf = (a: string, b: string): number => kosakata.df(b) - kosakata.df(a) || a.length - b.length || (a < b ? -1 : 1);

  /**
   * One query word's index terms, and its readings for the thesaurus: the term itself when the
   * index knows it; otherwise what the word was corrected to, including thesaurus words one edit
   * away ("recruter" → "recruiter", which the thesaurus groups with "perekrut").
   */
  function perluasKata(kata: string, t: string, terakhir: boolean, mengetik: boolean): { set: Set<string>; bacaan: Set<string> } {
    const set = new Set<string>();
    const dikenal = kosakata.has(t);
    if (dikenal) set.add(t);
    if (terakhir && mengetik) {
      // A half-typed word cannot be stemmed; strip a likely prefix instead ("kelur" → "lur…").
      const awal = new Set([t, kata, ...AWALAN.filter((a) => kata.startsWith(a) && kata.length - a.length >= 3).map((a) => kata.slice(a.length))]);
      const calon = new Set<string>();
      for (const a of awal) for (const v of kosakata.withPrefix(a)) calon.add(v);
      for (const v of [...calon].sort(byDf).slice(0, MAX_PREFIX)) set.add(v);
    }
    const bacaan = new Set([t]);
    // Typo tolerance only for words the index does not know: a known word is not a typo. The
    // typed word is corrected before stemming ("melpor" → "melapor" → "lapor"), and the stem
    // itself is compared with the index's terms.
    if (!dikenal && kata.length >= MIN_FUZZY) {
      const calon = new Set<string>();
      for (const k of satuEdit(kata)) {
        const s = stem(k, bahasa, known);
        if (kosakata.has(s)) calon.add(s);
        else if (istilahTesaurus.has(s)) bacaan.add(s);
      }
      for (const v of satuEdit(t)) if (kosakata.has(v)) calon.add(v);
      for (const v of [...calon].sort(byDf).slice(0, MAX_TYPO)) {
        set.add(v);
        bacaan.add(v);
      }
    }
    return { set, bacaan };
  }

  /**
   * Per query word: the single terms that match it, and the thesaurus phrases that do ("tki" →
   * "pekerja migran": a section matches through a phrase only when it has every word of it).
   */
  function expand(kueri: string, mengetik = false): { terms: Set<string>[]; phrases: string[][][] } {
    const pasangan = wordsAndTerms(kueri, bahasa, known);
    const perKata = pasangan.map((p, i) => perluasKata(p.kata, p.istilah, i === pasangan.length - 1, mengetik));
    const terms = perKata.map((k) => k.set);
    // A word the index does not know may be the second half of one written as two ("al wihdah"
    // → "alwihdah"): the joined word counts for both.
    pasangan.forEach((p, i) => {
      const sebelum = pasangan[i - 1];
      if (!sebelum || kosakata.has(p.istilah)) return;
      const gabung = stem(sebelum.kata + p.kata, bahasa, known);
      if (!kosakata.has(gabung)) return;
      terms[i - 1]?.add(gabung);
      terms[i]?.add(gabung);
    });
    const phrases: string[][][] = pasangan.map(() => []);
    // The thesaurus' other names for a group member found in the query count for the query
    // words that make up that member ("tki" → "pmi", "pekerja migran"); a word typed wrong
    // counts as what it was read as.
    const posisiOf = (t: string): number => perKata.findIndex((k) => k.bacaan.has(t));
    for (const anggota of grupDiproses) {
      for (const a of anggota) {
        const posisi = a.map(posisiOf);
        if (posisi.some((p) => p < 0)) continue;
        for (const b of anggota) {
          if (b === a || !b.every((t) => kosakata.has(t))) continue;
          for (const p of posisi) {
            if (b.length === 1) terms[p]?.add(b[0] as string);
            else phrases[p]?.push(b);
          }
        }
      }
    }
    return { terms, phrases };
  }

  async function perluas(kueri: string, mengetik = false): Promise<string[][]> {
    const { terms, phrases } = await denganKosakata(() => expand(kueri, mengetik));
    return terms.map((s, i) => [...new Set([...s, ...(phrases[i] ?? []).map((f) => f.join(' '))])]);
  }

  /** A term's postings: its best sections, and with `semua` its continuation blocks too. */
  async function postings(t: string, semua: boolean, anggaran: { blok: number }): Promise<number[][]> {
    const letak = kosakata.postings(t);
    if (!letak) return [];
    const shard = (await ambil(letak.shard)) as PostingsShard;
    const out = [shard[letak.offset] ?? []];
    if (semua && letak.blocks > 0) {
      const take = Math.min(letak.blocks, anggaran.blok);
      anggaran.blok -= take;
      const rest = await Promise.all(Array.from({ length: take }, (_, b) => ambil(`e${letak.ti}-${b}.json`) as Promise<number[]>));
      out.push(...rest);
    }
    return out;
  }

  async function documentOf(id: number): Promise<StoredDocument | undefined> {
    const frag = (await ambil(`d${Math.floor(id / kamus.g)}.json`)) as Fragment;
    const row = frag.d[id % kamus.g];
    if (!row) return undefined;
    const [hi, anchor, bagian, cuplikan] = row;
    const [u, judul, jenis, wilayah, regulasi] = frag.h[hi] as Fragment['h'][number];
    return {
      url: anchor ? `${u}#${anchor}` : u,
      judul,
      bagian,
      jenis,
      wilayah,
      ...(regulasi ? { regulasi } : {}),
      ...(rangeOf(id)?.registri ? { registri: true } : {}),
      ...(dicabut.has(id) ? { dicabut: true } : {}),
      cuplikan,
    };
  }

  async function cari(kueri: string, opsi: SearchOptions = {}): Promise<SearchResult[]> {
    const batas = opsi.batas ?? 50;
    const { terms: perKata, phrases, kata } = await denganKosakata(() => ({ ...expand(kueri, opsi.mengetik), kata: toTerms(kueri, bahasa, known) }));
    const semuaTerm = [...new Set([...perKata.flatMap((s) => [...s]), ...phrases.flat(2)])];
    if (semuaTerm.length === 0) return [];
    const asli = new Set(kata);
    // A word asks for training when it is a training word or, typed wrong, is corrected to one.
    const mintaPelatihan = kata.some((t, i) => [t, ...(kosakata.has(t) ? [] : (perKata[i] ?? []))].some((v) => TRAINING_WORDS.includes(v)));
    const pola = kueri.toLowerCase().split(/[^a-z0-9]+/);
    const sepertiNama = pola.some((w) => BENTUK_BADAN.has(w)) || /\d{2,}[./-]\d/.test(kueri);
    // Each query word weighs what the word itself weighs (its idf), however it was matched: a
    // rare synonym must not count for two common words. A word the index does not know (a typo,
    // a half-typed word) weighs what its likeliest reading weighs, the commonest of the terms it
    // was read as: a guess must not outweigh the words typed right.
    const beratKata = perKata.map((s, i) => {
      const t = kata[i] ?? '';
      if (kosakata.has(t)) return idf(t);
      return s.size ? Math.min(...[...s].map(idf)) : 0;
    });
    const jenisBoleh = opsi.filter?.jenis?.length ? new Set(opsi.filter.jenis) : undefined;
    const anggaran = { blok: opsi.mengetik ? 0 : MAX_TAIL_BLOCKS };
    const daftar = await Promise.all(semuaTerm.map((t) => postings(t, !opsi.mengetik, anggaran)));

    /** Per section: the score of each term it has. */
    const calon = new Map<number, Map<string, number>>();
    semuaTerm.forEach((t, ti) => {
      for (const blok of daftar[ti] as number[][]) {
        let id = 0;
        for (let i = 0; i < blok.length; i += 2) {
          id += blok[i] as number;
          let c = calon.get(id);
          if (!c) calon.set(id, (c = new Map()));
          c.set(t, decodeScore(blok[i + 1] as number));
        }
      }
    });

    const rujukan = parseCitation(kueri);
    const hasil: { id: number; skor: number; cocok: number; registri: boolean; mengalah: number; istilah: string[] }[] = [];
    for (const [id, c] of calon) {
      const r = rangeOf(id);
      if (!r || (jenisBoleh && !jenisBoleh.has(r.jenis))) continue;
      let cocok = 0;
      let kenaKata = 0;
      const dipakai = new Set<string>();
      perKata.forEach((s, i) => {
        const tunggal = [...s].filter((t) => c.has(t));
        const frasa = (phrases[i] ?? []).filter((f) => f.every((t) => c.has(t)));
        if (tunggal.length === 0 && frasa.length === 0) return;
        kenaKata += 1;
        cocok += beratKata[i] ?? 0;
        for (const t of [...tunggal, ...frasa.flat()]) dipakai.add(t);
      });
      if (kenaKata === 0) continue;
      // A name typed with one word wrong or missing is still a name: at least two words, all but one.
      const semuaKata = kenaKata === perKata.length || (kenaKata >= 2 && kenaKata >= perKata.length - 1);
      let skor = 0;
      for (const t of dipakai) skor += (asli.has(t) ? 1 : 0.5) * (c.get(t) as number);
      // Revoked law yields to a topic query, not to a query that cites an article by its number.
      const mengalah = (r.jenis === 'pelatihan' && !mintaPelatihan) || (dicabut.has(id) && !rujukan) || catatanBukti.has(id) ? YIELD : 1;
      // A registry row answers a name: the query's words in the company's name (all, or all but
      // one of three or more), or a query that says PT, CV… or gives a licence number. Otherwise
      // it goes after the pages.
      const registri = Boolean(r.registri) && !(sepertiNama || semuaKata);
      hasil.push({ id, skor, cocok, registri, mengalah, istilah: [...dipakai] });
    }
    // Registry rows last unless the query names a company; then coordination plus the score.
    const nilai = (h: { cocok: number; skor: number; mengalah: number }): number => h.mengalah * (h.cocok + SCORE_WEIGHT * Math.log1p(h.skor));
    hasil.sort((a, b) => Number(a.registri) - Number(b.registri) || nilai(b) - nilai(a) || a.id - b.id);

    // Documents for the results shown, in rank order; a cited article moves to the front.
    const out: SearchResult[] = [];
    const perlu = rujukan ? Math.max(batas, 60) : batas;
    const tersaring = Boolean(opsi.filter && (opsi.filter.wilayah?.length || opsi.filter.jenisRegulasi?.length || opsi.filter.tahun?.length || opsi.filter.status?.length));
    for (let i = 0; i < hasil.length && out.length < perlu; i += 8) {
      const potong = hasil.slice(i, i + 8);
      const docs = await Promise.all(potong.map((h) => documentOf(h.id)));
      potong.forEach((h, k) => {
        const dokumen = docs[k];
        if (!dokumen || (tersaring && !matchesFilter(dokumen, opsi.filter)) || out.length >= perlu) return;
        out.push({ nomor: h.id, dokumen, skor: h.skor, cocok: h.cocok, istilah: [...new Set(h.istilah)] });
      });
    }
    if (rujukan) {
      const kutip = (h: SearchResult): number => (matchesCitation(h.dokumen.url, rujukan) ? 1 : 0);
      out.sort((a, b) => kutip(b) - kutip(a));
    }
    return out.slice(0, batas);
  }

  return {
    cari,
    perluas,
    istilah: (teks) => denganKosakata(() => toTerms(teks, bahasa, known)),
    sorot: (teks, istilahCocok) => highlight(teks, istilahCocok, bahasa),
    bahasa,
  };
}
