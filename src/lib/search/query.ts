/**
 * Answering a query. Each query word becomes a set of index terms: the word itself; while
 * typing, every term it begins (prefix) for the last word; for a word of 5+ letters that is not
 * in the index, the terms one edit away (typos); and the thesaurus' other names for it. Results
 * are ranked first by how many of the query's words they match (coordination), then by lunr's
 * BM25 score, which already weighs title over heading over body.
 */
import lunr from 'lunr';
import { distance } from 'fastest-levenshtein';
import { wordsAndTerms, toTerms } from './pipeline';
import { stem } from './stemmer';
import { parseCitation, matchesCitation } from './citation';
import { SYNONYM_GROUPS } from './synonyms';
import type { StoredDocument, CompactIndex, DocumentKind } from './compact-index';
import { documentsOf, loadIndex } from './compact-index';

export interface SearchResult {
  /** Position of the section in the index (and in the snippet list). */
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
  /** The person is still typing the last word: match it as a prefix too. */
  mengetik?: boolean;
  filter?: SearchFilter;
  batas?: number;
}

export interface Searcher {
  cari(kueri: string, opsi?: SearchOptions): SearchResult[];
  /** The terms a query expands to, per query word (for tests and the command line). */
  perluas(kueri: string, mengetik?: boolean): string[][];
}

const MIN_FUZZY = 5;
/** Indonesian prefixes, longest first. */
const AWALAN = ['memper', 'meng', 'meny', 'peng', 'peny', 'mem', 'men', 'pem', 'pen', 'per', 'ber', 'ter', 'ke', 'me', 'pe', 'di', 'se'];

export function createSearcher(ringkas: CompactIndex): Searcher {
  const indeks = loadIndex(ringkas);
  const semuaDokumen = documentsOf(ringkas);
  const kosakata = Object.keys(ringkas.istilah);
  const adaDiIndeks = new Set(kosakata);
  const grupDiproses = SYNONYM_GROUPS.map((g) => g.map(toTerms).filter((a) => a.length > 0));
  const jumlahDokumen = ringkas.panjang.length;
  /** lunr's idf, from the number of sections a term occurs in. */
  function idf(term: string): number {
    if (!ringkas.istilah[term]) return 0;
    const df = dfRelatif(term) * jumlahDokumen;
    return Math.log(1 + Math.abs((jumlahDokumen - df + 0.5) / (df + 0.5)));
  }
  /** Share of sections containing the term. */
  function dfRelatif(term: string): number {
    const p = ringkas.istilah[term];
    if (!p) return 0;
    let df = 0;
    let id = -1;
    let sekarang = 0;
    for (let i = 0; i < p.length; i += 2) {
      sekarang += p[i] as number;
      if (sekarang !== id) df += 1;
      id = sekarang;
    }
    return df / jumlahDokumen;
  }
  const cacheIdf = new Map<string, number>();
  const bobot = (t: string): number => {
    let v = cacheIdf.get(t);
    if (v === undefined) cacheIdf.set(t, (v = idf(t)));
    return v;
  };

  /** Every word one edit away from `kata` (delete, swap, replace, insert a letter). */
  function satuEdit(kata: string): Set<string> {
    const huruf = 'abcdefghijklmnopqrstuvwxyz';
    const hasil = new Set<string>();
    for (let i = 0; i <= kata.length; i += 1) {
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

  function perluasKata(kata: string, t: string, terakhir: boolean, mengetik: boolean): Set<string> {
    const set = new Set<string>();
    if (adaDiIndeks.has(t)) set.add(t);
    if (terakhir && mengetik) {
      // A half-typed word cannot be stemmed; strip a likely prefix instead ("kelur" → "lur…").
      const awal = new Set([t, kata, ...AWALAN.filter((a) => kata.startsWith(a) && kata.length - a.length >= 3).map((a) => kata.slice(a.length))]);
      for (const v of kosakata) for (const a of awal) if (v.startsWith(a)) set.add(v);
    }
    // Typo tolerance only for words the index does not know: a known word is not a typo. The
    // typed word is corrected before stemming ("melpor" → "melapor" → "lapor"), and the stem
    // itself is compared with the index's terms.
    if (!adaDiIndeks.has(t) && kata.length >= MIN_FUZZY) {
      for (const k of satuEdit(kata)) {
        const s = stem(k);
        if (adaDiIndeks.has(s)) set.add(s);
      }
      for (const v of kosakata) if (Math.abs(v.length - t.length) <= 1 && distance(v, t) <= 1) set.add(v);
    }
    return set;
  }

  function perluas(kueri: string, mengetik = false): string[][] {
    const pasangan = wordsAndTerms(kueri);
    const kata = pasangan.map((p) => p.istilah);
    const perKata = pasangan.map((p, i) => perluasKata(p.kata, p.istilah, i === pasangan.length - 1, mengetik));
    // The thesaurus' other names for a group member found in the query count for the query
    // words that make up that member ("tki" → "pmi", "pekerja migran").
    for (const anggota of grupDiproses) {
      for (const a of anggota) {
        const posisi = a.map((t) => kata.indexOf(t));
        if (posisi.some((p) => p < 0)) continue;
        // From a multi-word synonym keep only its telling words: "tidak berizin" adds "izin", not "tidak".
        const lain = anggota
          .filter((b) => b !== a)
          .flatMap((b) => (b.length > 1 ? b.filter((t) => dfRelatif(t) < 0.2) : b))
          .filter((t) => adaDiIndeks.has(t));
        for (const p of posisi) for (const t of lain) perKata[p]?.add(t);
      }
    }
    return perKata.map((s) => [...s]);
  }

  function lolos(d: StoredDocument, f: SearchFilter | undefined): boolean {
    if (!f) return true;
    if (f.jenis?.length && !f.jenis.includes(d.jenis)) return false;
    if (f.wilayah?.length && !d.wilayah.some((w) => f.wilayah?.includes(w))) return false;
    if (f.jenisRegulasi?.length && !(d.regulasi && f.jenisRegulasi.includes(d.regulasi.jenis))) return false;
    if (f.tahun?.length && !(d.regulasi && f.tahun.includes(d.regulasi.tahun))) return false;
    if (f.status?.length && !(d.regulasi && f.status.includes(d.regulasi.status))) return false;
    return true;
  }

  function cari(kueri: string, opsi: SearchOptions = {}): SearchResult[] {
    const perKata = perluas(kueri, opsi.mengetik);
    const semua = [...new Set(perKata.flat())];
    if (semua.length === 0) return [];
    const kata = toTerms(kueri);
    const asli = new Set(kata);
    const mintaPelatihan = kata.some((t) => ['latih', 'pelatihan', 'modul', 'kuis', 'ajar'].includes(t));
    // Each query word weighs what the word itself weighs (its idf), however it was matched: a
    // rare synonym must not count for two common words. Unknown words (typos) take their
    // closest terms' weight.
    const beratKata = perKata.map((s, i) => {
      const t = kata[i] ?? '';
      return adaDiIndeks.has(t) ? bobot(t) : Math.max(0, ...s.map(bobot));
    });
    const mentah = indeks.query((q) => {
      for (const t of semua) {
        q.term(t, { usePipeline: false, boost: asli.has(t) ? 1 : 0.5, presence: lunr.Query.presence.OPTIONAL });
      }
    });
    const hasil: SearchResult[] = [];
    for (const r of mentah) {
      const dokumen = semuaDokumen[Number(r.ref)];
      if (!dokumen || !lolos(dokumen, opsi.filter)) continue;
      const meta = r.matchData.metadata as Record<string, Record<string, unknown>>;
      const istilah = Object.keys(meta);
      // Every section repeats its page's title, so a word found only in the title counts half:
      // the section that itself talks about the word should come first.
      const cocok = perKata.reduce((jumlah, s, i) => {
        const di = s.filter((t) => meta[t]);
        if (di.length === 0) return jumlah;
        const diIsi = di.some((t) => meta[t]?.bagian || meta[t]?.teks);
        return jumlah + (beratKata[i] ?? 0) * (diIsi ? 1 : 0.5);
      }, 0);
      // Training modules restate the SOPs and laws for trainers; readers asking a question are
      // better served by the source page, so a module yields to it when both match as well.
      hasil.push({ nomor: Number(r.ref), dokumen, skor: r.score, cocok: dokumen.jenis === 'pelatihan' && !mintaPelatihan ? cocok * 0.85 : cocok, istilah });
    }
    // A cited article comes first; then coordination decides, within rounding; then BM25.
    const rujukan = parseCitation(kueri);
    const kutip = (h: SearchResult): number => (rujukan && matchesCitation(h.dokumen.url, rujukan) ? 1 : 0);
    hasil.sort((a, b) => kutip(b) - kutip(a) || Math.round(b.cocok * 10) - Math.round(a.cocok * 10) || b.skor - a.skor);
    return hasil.slice(0, opsi.batas ?? 50);
  }

  return { cari, perluas };
}
