/**
 * When two written names are the same firm. This is the one place that decides it.
 *
 * - Case, diacritics, punctuation, spacing and "&"/"dan" never matter; neither do old
 *   spellings (dj/j, tj/c, oe/u, sj/sy, and j/y in a word spelled the old way: "Djaja" = "Jaya").
 * - PT, P.T. and Perseroan Terbatas at the start or end of a name are one legal form, and may be
 *   written or left out: a P3MI is by law a perseroan terbatas.
 * - Every other legal form (CV, UD, PD, Firma, Koperasi, Yayasan) is part of the firm's identity:
 *   "CV X" is another entity than "PT X" and never equals it. So are Tbk and (Persero): they
 *   count only where the name spells them.
 * - No translation: "International" is not "Internasional".
 *
 * A name therefore has two keys: `kunci`, the identity (equal keys = the same firm), and `inti`,
 * the name without any legal form, which finds look-alikes (at most `mirip`, see ./cocok).
 */

/** Legal forms other than PT. A P3MI is a PT, so any of these on a recruiter is a warning sign. */
export const BENTUK_LAIN = ['cv', 'ud', 'pd', 'firma', 'koperasi', 'yayasan'] as const;
export type BentukLain = (typeof BENTUK_LAIN)[number];
export type BentukHukum = 'pt' | BentukLain;

/** Suffixes that belong to a firm's name where it spells them. */
export const TAMBAHAN = ['tbk', 'persero'] as const;
export type Tambahan = (typeof TAMBAHAN)[number];

type Penanda = { jenis: 'bentuk'; nilai: BentukHukum } | { jenis: 'tambahan'; nilai: Tambahan };

/** Token sequences (after punctuation is removed) that name a legal form or a suffix. */
const PENANDA: readonly [readonly string[], Penanda][] = [
  [['perseroan', 'terbatas'], { jenis: 'bentuk', nilai: 'pt' }],
  [['p', 't'], { jenis: 'bentuk', nilai: 'pt' }],
  [['pt'], { jenis: 'bentuk', nilai: 'pt' }],
  [['commanditaire', 'vennootschap'], { jenis: 'bentuk', nilai: 'cv' }],
  [['persekutuan', 'komanditer'], { jenis: 'bentuk', nilai: 'cv' }],
  [['c', 'v'], { jenis: 'bentuk', nilai: 'cv' }],
  [['cv'], { jenis: 'bentuk', nilai: 'cv' }],
  [['usaha', 'dagang'], { jenis: 'bentuk', nilai: 'ud' }],
  [['u', 'd'], { jenis: 'bentuk', nilai: 'ud' }],
  [['ud'], { jenis: 'bentuk', nilai: 'ud' }],
  [['perusahaan', 'dagang'], { jenis: 'bentuk', nilai: 'pd' }],
  [['p', 'd'], { jenis: 'bentuk', nilai: 'pd' }],
  [['pd'], { jenis: 'bentuk', nilai: 'pd' }],
  [['firma'], { jenis: 'bentuk', nilai: 'firma' }],
  [['koperasi'], { jenis: 'bentuk', nilai: 'koperasi' }],
  [['yayasan'], { jenis: 'bentuk', nilai: 'yayasan' }],
  [['tbk'], { jenis: 'tambahan', nilai: 'tbk' }],
  [['persero'], { jenis: 'tambahan', nilai: 'persero' }],
];

export interface NormalizedName {
  /** Name words without legal form or suffix, in typed order: ["bina", "karya"]. */
  token: string[];
  /** Those words joined without spaces, so "Maju Jaya" and "Majujaya" agree: "binakarya". */
  inti: string;
  /** Identity: `inti`, then any legal form other than PT and any suffix ("binakarya-cv"). */
  kunci: string;
  /** The legal form written, or null when none is. */
  bentuk: BentukHukum | null;
  tambahan: Tambahan[];
}

export function clean(teks: string): string {
  // Plain ASCII (nearly every name typed) has no diacritics to take off.
  const dasar = /^[\x20-\x7e]*$/.test(teks) ? teks : teks.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return dasar
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/&/g, ' dan ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const EJAAN_LAMA = /dj|tj|oe/;

/** In a word written the old way ("djaja", "soedjono"), a j not after d or t is the sound now written y. */
function jLama(kata: string): string {
  return EJAAN_LAMA.test(kata) ? kata.replace(/(^|[^dt])j/g, '$1y') : kata;
}

/** The old digraphs in new spelling; applied to joined keys too, so "Pifo Ebris" = "Pifoebris". */
const DIGRAF = new Map([
  ['dj', 'j'],
  ['tj', 'c'],
  ['oe', 'u'],
  ['sj', 'sy'],
]);
const POLA_DIGRAF = /dj|tj|oe|sj/g;

function digrafBaru(teks: string): string {
  return teks.replace(POLA_DIGRAF, (d) => DIGRAF.get(d) ?? d);
}

/** Old spelling to new, one word: "djaja" → "jaya", "soedjono" → "sujono", "tjahaja" → "cahaya". */
export function modernSpelling(kata: string): string {
  return digrafBaru(jLama(kata));
}

function cocokDi(token: readonly string[], i: number, pola: readonly string[]): boolean {
  for (let j = 0; j < pola.length; j += 1) if (token[i + j] !== pola[j]) return false;
  return true;
}

/** Markers by their first and by their last word, so each end of a name costs one lookup. */
const PENANDA_AWAL = new Map<string, (typeof PENANDA)[number][]>();
const PENANDA_AKHIR = new Map<string, (typeof PENANDA)[number][]>();
for (const p of PENANDA) {
  const [pola] = p;
  PENANDA_AWAL.set(pola[0] as string, [...(PENANDA_AWAL.get(pola[0] as string) ?? []), p]);
  PENANDA_AKHIR.set(pola[pola.length - 1] as string, [...(PENANDA_AKHIR.get(pola[pola.length - 1] as string) ?? []), p]);
}

export function normalizeName(teks: string): NormalizedName {
  let token = clean(teks).split(' ').filter(Boolean);
  const bentukDitulis = new Set<BentukHukum>();
  const tambahan = new Set<Tambahan>();
  // Markers are read at the two ends of the name, repeatedly ("PT X (Persero) Tbk"); a word inside
  // a name is part of the name. Once a PT is written, other form words are name words.
  const ambil = (p: Penanda): boolean => {
    if (p.jenis === 'tambahan') tambahan.add(p.nilai);
    else if (p.nilai === 'pt' || !bentukDitulis.has('pt')) bentukDitulis.add(p.nilai);
    else return false;
    return true;
  };
  for (let berubah = true; berubah && token.length > 0;) {
    berubah = false;
    for (const [pola, penanda] of PENANDA_AWAL.get(token[0] as string) ?? []) {
      if (token.length >= pola.length && cocokDi(token, 0, pola) && ambil(penanda)) {
        token = token.slice(pola.length);
        berubah = true;
        break;
      }
    }
    if (berubah || token.length === 0) continue;
    for (const [pola, penanda] of PENANDA_AKHIR.get(token[token.length - 1] as string) ?? []) {
      const akhir = token.length - pola.length;
      if (akhir >= 0 && cocokDi(token, akhir, pola) && ambil(penanda)) {
        token = token.slice(0, akhir);
        berubah = true;
        break;
      }
    }
  }
  const lama = token.map(jLama);
  const inti = digrafBaru(lama.join(''));
  token = lama.map(digrafBaru);
  const lain = BENTUK_LAIN.find((b) => bentukDitulis.has(b));
  // "CV PT X" is read as a CV: the weaker claim wins.
  const bentuk: BentukHukum | null = lain ?? (bentukDitulis.has('pt') ? 'pt' : null);
  const urutTambahan = TAMBAHAN.filter((t) => tambahan.has(t));
  const akhiran = [...(lain ? [lain] : []), ...urutTambahan];
  return { token, inti, kunci: inti && akhiran.length > 0 ? `${inti}-${akhiran.join('-')}` : inti, bentuk, tambahan: urutTambahan };
}

/** A legal form other than PT: a firm in that form cannot hold a P3MI licence. */
export function isNotPt(n: Pick<NormalizedName, 'bentuk'>): boolean {
  return n.bentuk !== null && n.bentuk !== 'pt';
}

/**
 * Licence numbers come in several formats ("519/MEN/2012", "034/MEN/LN/DB/2000", 16–17 digit
 * OSS numbers). Spaces and case are not significant.
 */
export function normalizeLicenceNumber(teks: string): string {
  return teks.toUpperCase().replace(/\s+/g, '');
}

/** Does the input look like a licence number rather than a name? */
export function looksLikeLicenceNumber(teks: string): boolean {
  const t = teks.trim();
  return /^\d{10,}$/.test(t.replace(/[\s.-]/g, '')) || (/\d/.test(t) && /\//.test(t) && !/\s{2,}/.test(t) && /^[\w/.\s-]+$/.test(t));
}
