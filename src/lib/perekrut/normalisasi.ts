/**
 * What people type, reduced to what identifies a company: case, diacritics, punctuation,
 * spacing and legal-form words (PT, P.T., Perseroan Terbatas, CV, Tbk) removed wherever they
 * stand, and a few spelled-out variants unified. Two names are "the same" only when these
 * keys are equal; everything fuzzier is a different, weaker relation (see ./cocok).
 */

/** Legal-form words, as token sequences after punctuation is removed. */
const BENTUK_HUKUM: readonly string[][] = [['perseroan', 'terbatas'], ['p', 't'], ['pt'], ['cv'], ['tbk'], ['persero']];

/** Spelling variants of the same word in company names (after apostrophes are dropped). */
const SINGKATAN: Readonly<Record<string, string>> = {
  intl: 'internasional',
  international: 'internasional',
  and: 'dan',
};

export interface NamaNormal {
  /** Tokens after cleaning, in typed order: ["bina", "karya"]. */
  token: string[];
  /** Tokens joined without spaces, so "Maju Jaya" and "Majujaya" agree: "binakarya". */
  kunci: string;
}

export function bersihkan(teks: string): string {
  return teks
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/&/g, ' dan ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function buangBentukHukum(token: string[]): string[] {
  const hasil: string[] = [];
  for (let i = 0; i < token.length; ) {
    const bentuk = BENTUK_HUKUM.find((b) => b.every((w, j) => token[i + j] === w));
    if (bentuk) {
      i += bentuk.length;
      continue;
    }
    hasil.push(token[i] as string);
    i += 1;
  }
  return hasil;
}

export function normalisasiNama(teks: string): NamaNormal {
  const kasar = bersihkan(teks).split(' ').filter(Boolean);
  const token = buangBentukHukum(kasar).map((t) => SINGKATAN[t] ?? t);
  return { token, kunci: token.join('') };
}

/**
 * Licence numbers come in several formats ("519/MEN/2012", "034/MEN/LN/DB/2000", 16–17 digit
 * OSS numbers). Spaces and case are not significant.
 */
export function normalisasiNomorIzin(teks: string): string {
  return teks.toUpperCase().replace(/\s+/g, '');
}

/** Does the input look like a licence number rather than a name? */
export function miripNomorIzin(teks: string): boolean {
  const t = teks.trim();
  return /^\d{10,}$/.test(t.replace(/[\s.-]/g, '')) || (/\d/.test(t) && /\//.test(t) && !/\s{2,}/.test(t) && /^[\w/.\s-]+$/.test(t));
}
