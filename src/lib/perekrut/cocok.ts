/**
 * The recruiter check. Exactness decides `terdaftar`: only a name whose normalised key equals
 * a registered company's key, or that company's licence number, can ever be `terdaftar`.
 * Similarity only ever produces `mirip`, because impostors use names one word away from
 * licensed firms. Candidates come from a trigram index, not a scan of every entry.
 */
import { jaroWinkler, rasioHimpunanToken } from './kemiripan';
import { bukanPt, miripNomorIzin, normalisasiNama, normalisasiNomorIzin } from './normalisasi';
import { indeksNomorIzin, type Entitas, type Registri } from './registri';

export const VERDICT = ['terdaftar', 'disebut_berizin', 'izin_tidak_aktif', 'status_tidak_diketahui', 'mirip', 'tidak_ditemukan'] as const;
export type Verdict = (typeof VERDICT)[number];

/**
 * Warnings beside a verdict. `bentuk_bukan_pt`: the name typed (or found) is a CV, UD, ... and a
 * P3MI must be a PT. `bentuk_berbeda`: a candidate has the same words in another legal form or
 * with another suffix (Tbk, Persero): another entity.
 */
export const PERINGATAN = ['bentuk_bukan_pt', 'bentuk_berbeda'] as const;
export type Peringatan = (typeof PERINGATAN)[number];

export interface Kandidat {
  entitas: Entitas;
  /** Similarity in [0, 1]; 1 for an exact key or licence-number match. */
  skor: number;
}

export interface HasilCek {
  query: string;
  verdict: Verdict;
  /** The matched company (exact verdicts) or the close candidates, best first (mirip). */
  cocok: Kandidat[];
  /** For exact verdicts: other registered names close to the query, to warn about look-alikes. */
  lainMirip: Kandidat[];
  lewatNomorIzin: boolean;
  peringatan: Peringatan[];
}

export const PANJANG_MAKS = 200;

export class MasukanTidakSah extends Error {
  constructor(pesan: string) {
    super(pesan);
    this.name = 'MasukanTidakSah';
  }
}

/** One readable sentence for input that cannot be checked, or null when it can. */
export function alasanTidakSah(query: string): string | null {
  if (!query.trim()) return 'Tulis nama perusahaan atau nomor izinnya.';
  if (query.length > PANJANG_MAKS) return `Nama terlalu panjang (${query.length} karakter); tulis paling banyak ${PANJANG_MAKS} karakter.`;
  if (!/[\p{L}\p{N}]/u.test(query)) return 'Nama itu tidak berisi huruf atau angka; tulis nama perusahaannya.';
  if (!miripNomorIzin(query) && normalisasiNama(query).inti === '') return 'Tulis nama perusahaannya, bukan hanya bentuk badan usahanya (mis. "PT").';
  return null;
}

export interface OpsiCek {
  /** Lowest score shown as `mirip`. */
  ambangMirip?: number;
  maksKandidat?: number;
}

const AMBANG_MIRIP = 0.8;
const MAKS_KANDIDAT = 5;
/** How many index hits get the (slower) similarity scoring. */
const MAKS_DINILAI = 12;

/** Minimum length of a key for "one name contains the other" to count as similar. */
const MIN_TERKANDUNG = 6;

/**
 * Average of Jaro-Winkler (typos) and token-set ratio (missing or reordered words), with
 * floors for what that average underrates: the same words reordered score at least 0.92; a
 * name wholly contained in the other ("Elsafa Adi Wiguna" in "Elsafa Adiwiguna Mandiri") at
 * least 0.9; and a shortened name with a typo ("Al Royan Cahaya" for "Al-Royyan Cahaya
 * Mandiri") scores as the start of the longer name when it closely resembles that start.
 */
export function skorKemiripan(kunci: string, token: readonly string[], e: Pick<Entitas, 'inti' | 'token'>): number {
  if (kunci === e.inti) return 1;
  const himpunan = rasioHimpunanToken(token, e.token);
  const rata = 0.5 * jaroWinkler(kunci, e.inti) + 0.5 * himpunan;
  // The same words in another order ("Glastra Tavobi" for "Tavobi Glastra").
  if (himpunan === 1 && token.length === e.token.length) return Math.max(rata, 0.92);
  const pendek = kunci.length <= e.inti.length ? kunci : e.inti;
  const panjang = pendek === kunci ? e.inti : kunci;
  if (pendek.length < MIN_TERKANDUNG) return rata;
  if (panjang.includes(pendek)) return Math.max(rata, 0.9);
  const awalan = jaroWinkler(pendek, panjang.slice(0, pendek.length + 1));
  return awalan >= 0.92 ? Math.max(rata, 0.95 * awalan) : rata;
}

function trigram(kunci: string): string[] {
  const t = `^${kunci}$`;
  const hasil: string[] = [];
  for (let i = 0; i + 3 <= t.length; i += 1) hasil.push(t.slice(i, i + 3));
  return hasil;
}

export interface Pencocok {
  registri: Registri;
  cek(query: string): HasilCek;
}

/** Builds the indexes once; `cek` then answers each query without scanning the registry. */
export function buatPencocok(registri: Registri, opsi: OpsiCek = {}): Pencocok {
  const ambang = opsi.ambangMirip ?? AMBANG_MIRIP;
  const maks = opsi.maksKandidat ?? MAKS_KANDIDAT;
  const { entitas } = registri;
  const perKunci = new Map(entitas.map((e) => [e.kunci, e]));
  const perNomor = indeksNomorIzin(registri);
  const indeks = new Map<string, number[]>();
  entitas.forEach((e, i) => {
    for (const g of new Set(trigram(e.inti))) {
      const daftar = indeks.get(g);
      if (daftar) daftar.push(i);
      else indeks.set(g, [i]);
    }
  });
  const hitung = new Uint16Array(entitas.length);
  // Trigrams shared by many names ("jay", "arya") find everything and tell nothing; counting
  // only the rarer ones keeps a query's work small however large the registry grows.
  const batasUmum = Math.max(64, Math.floor(entitas.length * 0.02));

  function kandidat(kunci: string, token: string[], kecuali?: Entitas): Kandidat[] {
    const semuaG = [...new Set(trigram(kunci))];
    const jarang = semuaG.filter((x) => (indeks.get(x)?.length ?? 0) <= batasUmum);
    const g = jarang.length >= 3 ? jarang : semuaG;
    const disentuh: number[] = [];
    for (const x of g) {
      const daftar = indeks.get(x);
      if (!daftar) continue;
      for (let k = 0; k < daftar.length; k += 1) {
        const i = daftar[k] as number;
        if (hitung[i] === 0) disentuh.push(i);
        hitung[i] = (hitung[i] as number) + 1;
      }
    }
    // Keep the entries sharing the most trigrams, then score only those.
    let terbanyak = 0;
    for (const i of disentuh) if ((hitung[i] as number) > terbanyak) terbanyak = hitung[i] as number;
    // Only names sharing a fair part of the query's trigrams, and at least half as many as the best.
    const minimum = Math.max(1, Math.floor(g.length * 0.25), Math.ceil(terbanyak / 2));
    const calon = disentuh.filter((i) => (hitung[i] as number) >= minimum).sort((a, b) => (hitung[b] as number) - (hitung[a] as number));
    const dinilai = calon.slice(0, MAKS_DINILAI);
    for (const i of disentuh) hitung[i] = 0;
    const hasil: Kandidat[] = [];
    for (const i of dinilai) {
      const e = entitas[i] as Entitas;
      if (e === kecuali) continue;
      // Never 1: a candidate is not the same firm (same words in another legal form at most).
      const skor = Math.min(0.99, skorKemiripan(kunci, token, e));
      if (skor >= ambang) hasil.push({ entitas: e, skor });
    }
    return hasil.sort((a, b) => b.skor - a.skor || a.entitas.nama.localeCompare(b.entitas.nama)).slice(0, maks);
  }

  function putusan(e: Entitas): Verdict {
    if (e.status === 'aktif') return 'terdaftar';
    if (e.status === 'disebut_berizin') return 'disebut_berizin';
    if (e.status === 'tidak_diketahui') return 'status_tidak_diketahui';
    return 'izin_tidak_aktif';
  }

  function peringatan(bukanPtDitulis: boolean, kunci: string, inti: string, daftar: readonly Kandidat[]): Peringatan[] {
    const hasil: Peringatan[] = [];
    if (bukanPtDitulis || daftar.some((k) => k.skor >= 0.99 && bukanPt(k.entitas))) hasil.push('bentuk_bukan_pt');
    if (daftar.some((k) => k.entitas.inti === inti && k.entitas.kunci !== kunci)) hasil.push('bentuk_berbeda');
    return hasil;
  }

  function cek(query: string): HasilCek {
    const alasan = alasanTidakSah(query);
    if (alasan) throw new MasukanTidakSah(alasan);
    const lewatNomor = miripNomorIzin(query) ? perNomor.get(normalisasiNomorIzin(query)) : undefined;
    const nama = normalisasiNama(query);
    const { kunci, inti, token } = nama;
    const tepat = lewatNomor ?? perKunci.get(kunci);
    if (tepat) {
      const cocok = [{ entitas: tepat, skor: 1 }];
      const lainMirip = inti ? kandidat(inti, token, tepat) : [];
      return {
        query,
        verdict: putusan(tepat),
        cocok,
        lainMirip,
        lewatNomorIzin: Boolean(lewatNomor),
        peringatan: peringatan(!lewatNomor && bukanPt(nama), tepat.kunci, tepat.inti, [...cocok, ...lainMirip]),
      };
    }
    const mirip = inti ? kandidat(inti, token) : [];
    return {
      query,
      verdict: mirip.length > 0 ? 'mirip' : 'tidak_ditemukan',
      cocok: mirip,
      lainMirip: [],
      lewatNomorIzin: false,
      peringatan: peringatan(bukanPt(nama), kunci, inti, mirip),
    };
  }

  return { registri, cek };
}
