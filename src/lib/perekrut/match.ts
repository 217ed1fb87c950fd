/**
 * The recruiter check. Exactness decides `terdaftar`: only a name whose normalised key equals
 * a registered company's key, or that company's licence number, can ever be `terdaftar`.
 * Similarity only ever produces `mirip`, because impostors use names one word away from
 * licensed firms. Candidates come from a trigram index, not a scan of every entry.
 */
import { jaroWinkler, sortedTokenSetRatio, sortedUnique } from './similarity';
import { isNotPt, looksLikeLicenceNumber, normalizeName, normalizeLicenceNumber, type NormalizedName } from './normalize';
import { licenceNumberIndex, type Entitas, type Registri } from './registri';

export const VERDICT = ['terdaftar', 'disebut_berizin', 'izin_tidak_aktif', 'status_tidak_diketahui', 'mirip', 'tidak_ditemukan'] as const;
export type Verdict = (typeof VERDICT)[number];

/**
 * Warnings beside a verdict. `bentuk_bukan_pt`: the name typed (or found) is a CV, UD, ... and a
 * P3MI must be a PT. `bentuk_berbeda`: a candidate has the same words in another legal form or
 * with another suffix (Tbk, Persero): another entity.
 */
export const PERINGATAN = ['bentuk_bukan_pt', 'bentuk_berbeda'] as const;
export type Peringatan = (typeof PERINGATAN)[number];

export interface Candidate {
  entitas: Entitas;
  /** Similarity in [0, 1]; 1 for an exact key or licence-number match. */
  skor: number;
}

export interface CheckResult {
  query: string;
  verdict: Verdict;
  /** The matched company (exact verdicts) or the close candidates, best first (mirip). */
  cocok: Candidate[];
  /** For exact verdicts: other registered names close to the query, to warn about look-alikes. */
  lainMirip: Candidate[];
  lewatNomorIzin: boolean;
  peringatan: Peringatan[];
}

export const MAX_QUERY_LENGTH = 200;

export class InvalidQuery extends Error {
  constructor(pesan: string) {
    super(pesan);
    this.name = 'InvalidQuery';
  }
}

/** One readable sentence for input that cannot be checked, or null when it can. */
export function invalidQueryReason(query: string, nama?: NormalizedName, nomor = looksLikeLicenceNumber(query)): string | null {
  if (!query.trim()) return 'Tulis nama perusahaan atau nomor izinnya.';
  if (query.length > MAX_QUERY_LENGTH) return `Nama terlalu panjang (${query.length} karakter); tulis paling banyak ${MAX_QUERY_LENGTH} karakter.`;
  if (!/[\p{L}\p{N}]/u.test(query)) return 'Nama itu tidak berisi huruf atau angka; tulis nama perusahaannya.';
  if (!nomor && (nama ?? normalizeName(query)).inti === '') return 'Tulis nama perusahaannya, bukan hanya bentuk badan usahanya (mis. "PT").';
  return null;
}

export interface CheckOptions {
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
 * Both names' words come sorted and unique (`urutUnik`; the matcher keeps them so). `ambang`
 * lets it stop early: below it the exact score does not matter, only that it is low.
 */
function skorUrut(kunci: string, urut: readonly string[], nToken: number, inti: string, urutE: readonly string[], nTokenE: number, ambang = 0): number {
  if (kunci === inti) return 1;
  const jw = jaroWinkler(kunci, inti);
  const pendek = kunci.length <= inti.length ? kunci : inti;
  const panjang = pendek === kunci ? inti : kunci;
  // The token-set ratio is at most 1, so the average is at most 0.5 * jw + 0.5. When that is
  // under the threshold, only a floor below can lift the score: test those first (cheap).
  if (0.5 * jw + 0.5 < ambang) {
    const samaKata = nToken === nTokenE && urut.length === urutE.length && urut.every((t, i) => t === urutE[i]);
    const terkandung = pendek.length >= MIN_TERKANDUNG && panjang.includes(pendek);
    if (!samaKata && !terkandung && (pendek.length < MIN_TERKANDUNG || jaroWinkler(pendek, panjang, pendek.length + 1) < 0.92)) return 0.5 * jw;
  }
  const himpunan = sortedTokenSetRatio(urut, urutE);
  const rata = 0.5 * jw + 0.5 * himpunan;
  // The same words in another order ("Glastra Tavobi" for "Tavobi Glastra").
  if (himpunan === 1 && nToken === nTokenE) return Math.max(rata, 0.92);
  if (pendek.length < MIN_TERKANDUNG) return rata;
  if (panjang.includes(pendek)) return Math.max(rata, 0.9);
  const awalan = jaroWinkler(pendek, panjang, pendek.length + 1);
  return awalan >= 0.92 ? Math.max(rata, 0.95 * awalan) : rata;
}

/**
 * Trigrams as small integers, so the index is a flat array instead of a string-keyed map.
 * Keys hold a–z and 0–9 after normalising; any other letter shares one symbol (a shared symbol
 * can only add candidates, which are then scored on the real strings).
 */
const SIMBOL = 40;
const JUMLAH_TRIGRAM = SIMBOL * SIMBOL * SIMBOL;

function simbol(c: number): number {
  if (c >= 97 && c <= 122) return c - 94; // a–z → 3..28
  if (c >= 48 && c <= 57) return c - 19; // 0–9 → 29..38
  return 39;
}

/** The trigrams of `^kunci$`, as codes, each once. `tanda` marks codes already taken. */
function trigram(kunci: string, tanda: Int32Array, cap: number, keluar: number[]): number[] {
  keluar.length = 0;
  let a = 1; // ^
  let b = kunci.length > 0 ? simbol(kunci.charCodeAt(0)) : 2;
  for (let i = 1; i <= kunci.length; i += 1) {
    const c = i < kunci.length ? simbol(kunci.charCodeAt(i)) : 2; // $
    const kode = (a * SIMBOL + b) * SIMBOL + c;
    if (tanda[kode] !== cap) {
      tanda[kode] = cap;
      keluar.push(kode);
    }
    a = b;
    b = c;
  }
  return keluar;
}

export interface Matcher {
  registri: Registri;
  cek(query: string): CheckResult;
}

/** Builds the indexes once; `cek` then answers each query without scanning the registry. */
export function createMatcher(registri: Registri, opsi: CheckOptions = {}): Matcher {
  const ambang = opsi.ambangMirip ?? AMBANG_MIRIP;
  const maks = opsi.maksKandidat ?? MAKS_KANDIDAT;
  const { entitas } = registri;
  const perKunci = new Map(entitas.map((e) => [e.kunci, e]));
  const perNomor = licenceNumberIndex(registri);
  // Postings in one flat array (CSR): the entries holding trigram g are
  // daftar[awal[g]] .. daftar[awal[g + 1] - 1], in registry order.
  const tanda = new Int32Array(JUMLAH_TRIGRAM).fill(-1);
  const awal = new Int32Array(JUMLAH_TRIGRAM + 1);
  // Two passes over the names (count, then fill), so no per-name arrays are kept.
  const sementara: number[] = [];
  entitas.forEach((e, i) => {
    for (const kode of trigram(e.inti, tanda, i, sementara)) awal[kode + 1] = (awal[kode + 1] as number) + 1;
  });
  for (let g = 0; g < JUMLAH_TRIGRAM; g += 1) awal[g + 1] = (awal[g + 1] as number) + (awal[g] as number);
  const daftar = new Int32Array(awal[JUMLAH_TRIGRAM] as number);
  const isi = awal.slice(0, JUMLAH_TRIGRAM);
  tanda.fill(-1);
  entitas.forEach((e, i) => {
    for (const g of trigram(e.inti, tanda, i, sementara)) {
      daftar[isi[g] as number] = i;
      isi[g] = (isi[g] as number) + 1;
    }
  });
  const panjang = (g: number): number => (awal[g + 1] as number) - (awal[g] as number);
  const urutEntitas = entitas.map((e) => sortedUnique(e.token));
  const hitung = new Uint16Array(entitas.length);
  const disentuh = new Int32Array(entitas.length);
  const tandaQuery = new Int32Array(JUMLAH_TRIGRAM);
  let capQuery = 0;
  const kodeQuery: number[] = [];
  const jarang: number[] = [];
  // Trigrams shared by many names ("jay", "arya") find everything and tell nothing; counting
  // only the rarer ones keeps a query's work small however large the registry grows.
  const batasUmum = Math.max(64, Math.floor(entitas.length * 0.02));

  function kandidat(kunci: string, token: string[], kecuali?: Entitas): Candidate[] {
    capQuery += 1;
    const semuaG = trigram(kunci, tandaQuery, capQuery, kodeQuery);
    jarang.length = 0;
    for (const x of semuaG) if (panjang(x) <= batasUmum) jarang.push(x);
    const g = jarang.length >= 3 ? jarang : semuaG;
    let nDisentuh = 0;
    let terbanyak = 0;
    // Locals, not closure variables, in the hottest loop.
    const h = hitung;
    const d = daftar;
    const ds = disentuh;
    for (let j = 0; j < g.length; j += 1) {
      const x = g[j] as number;
      const akhir = awal[x + 1] as number;
      for (let k = awal[x] as number; k < akhir; k += 1) {
        const i = d[k] as number;
        const n = (h[i] as number) + 1;
        if (n === 1) ds[nDisentuh++] = i;
        if (n > terbanyak) terbanyak = n;
        h[i] = n;
      }
    }
    // Keep the entries sharing the most trigrams, then score only those (ties in index order).
    // Only names sharing a fair part of the query's trigrams, and at least half as many as the best.
    const minimum = Math.max(1, Math.floor(g.length * 0.25), Math.ceil(terbanyak / 2));
    const calon: number[] = [];
    for (let k = 0; k < nDisentuh; k += 1) {
      const i = ds[k] as number;
      if ((h[i] as number) >= minimum) calon.push(i);
    }
    calon.sort((a, b) => (h[b] as number) - (h[a] as number));
    const dinilai = calon.length > MAKS_DINILAI ? calon.slice(0, MAKS_DINILAI) : calon;
    for (let k = 0; k < nDisentuh; k += 1) h[ds[k] as number] = 0;
    const hasil: Candidate[] = [];
    const urut = sortedUnique(token);
    for (const i of dinilai) {
      const e = entitas[i] as Entitas;
      if (e === kecuali) continue;
      // Never 1: a candidate is not the same firm (same words in another legal form at most).
      const skor = Math.min(0.99, skorUrut(kunci, urut, token.length, e.inti, urutEntitas[i] as string[], e.token.length, ambang));
      if (skor >= ambang) hasil.push({ entitas: e, skor });
    }
    return hasil.sort((a, b) => b.skor - a.skor || (a.entitas.nama < b.entitas.nama ? -1 : a.entitas.nama > b.entitas.nama ? 1 : 0)).slice(0, maks);
  }

  function putusan(e: Entitas): Verdict {
    if (e.status === 'aktif') return 'terdaftar';
    if (e.status === 'disebut_berizin') return 'disebut_berizin';
    if (e.status === 'tidak_diketahui') return 'status_tidak_diketahui';
    return 'izin_tidak_aktif';
  }

  function peringatan(bukanPtDitulis: boolean, kunci: string, inti: string, daftar: readonly Candidate[]): Peringatan[] {
    const hasil: Peringatan[] = [];
    if (bukanPtDitulis || daftar.some((k) => k.skor >= 0.99 && isNotPt(k.entitas))) hasil.push('bentuk_bukan_pt');
    if (daftar.some((k) => k.entitas.inti === inti && k.entitas.kunci !== kunci)) hasil.push('bentuk_berbeda');
    return hasil;
  }

  function cek(query: string): CheckResult {
    const nomor = looksLikeLicenceNumber(query);
    const nama = query.length > MAX_QUERY_LENGTH ? normalizeName('') : normalizeName(query);
    const alasan = invalidQueryReason(query, nama, nomor);
    if (alasan) throw new InvalidQuery(alasan);
    const lewatNomor = nomor ? perNomor.get(normalizeLicenceNumber(query)) : undefined;
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
        peringatan: peringatan(!lewatNomor && isNotPt(nama), tepat.kunci, tepat.inti, [...cocok, ...lainMirip]),
      };
    }
    const mirip = inti ? kandidat(inti, token) : [];
    return {
      query,
      verdict: mirip.length > 0 ? 'mirip' : 'tidak_ditemukan',
      cocok: mirip,
      lainMirip: [],
      lewatNomorIzin: false,
      peringatan: peringatan(isNotPt(nama), kunci, inti, mirip),
    };
  }

  return { registri, cek };
}
