/**
 * Stemmers per language of an index. Indonesian: Snowball's Indonesian (Tala) algorithm from
 * @orama/stemmers, with our
 * own exceptions where it over-stems words that matter here ("penempatan" → "empat",
 * "penanganan" → "angan", "perekrutan" → "ekrut", "keberangkatan" → "angkat", "ketua" → "tua").
 * The exceptions keep each word family together and apart from unrelated words. English (the
 * index of /en): Snowball's English (Porter 2) algorithm, so "penalties" finds "penalty".
 */
import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemTala } from '@orama/stemmers/indonesian';
import type { Bahasa } from '../content/bahasa';

const KELUARGA: Readonly<Record<string, readonly string[]>> = {
  tempat: ['penempatan', 'menempatkan', 'ditempatkan', 'penempatannya', 'tempatkan'],
  tangani: ['penanganan', 'menangani', 'ditangani', 'tangani', 'penanganannya'],
  rekrut: ['perekrutan', 'perekrut', 'perekrutnya', 'merekrut', 'direkrut', 'rekrutmen', 'rekrut', 'merekrutnya'],
  berangkat: ['keberangkatan', 'berangkat', 'pemberangkatan', 'memberangkatkan', 'diberangkatkan', 'berangkatkan'],
  tampung: ['penampungan', 'menampung', 'ditampung', 'tampung'],
  tipu: ['penipuan', 'menipu', 'ditipu', 'penipu', 'tipu'],
  ketua: ['ketua', 'ketuanya'],
  sekolah: ['sekolah', 'sekolahnya', 'bersekolah'],
  cetak: ['cetakan', 'mencetak', 'dicetak', 'cetak', 'pencetakan'],
  angkat: ['mengangkat', 'diangkat', 'angkat', 'pengangkatan'],
  tua: ['tua', 'tuanya'],
  // "hukuman" (punishment) is not "hukum" (law).
  hukuman: ['hukuman', 'dihukum', 'menghukum', 'hukumannya'],
};

const KECUALI: ReadonlyMap<string, string> = new Map(Object.entries(KELUARGA).flatMap(([akar, kata]) => kata.map((k) => [k, akar] as const)));

/**
 * Root letters Tala drops with a prefix: meN-/peN- melt a root's first consonant into the nasal
 * ("menegur" ← tegur, "mengirim" ← kirim, "penulisan" ← tulis), and Tala reads a root that
 * begins like a prefix as one ("periksa" → "iksa"). Per prefix as Tala cut it: what may belong
 * before the vowel it left.
 */
const AWAL_AKAR: readonly [string, readonly string[]][] = [
  ['meng', ['k']],
  ['peng', ['k']],
  ['meny', ['s']],
  ['peny', ['s']],
  ['men', ['t']],
  ['pen', ['t']],
  ['mem', ['p']],
  ['pem', ['p']],
  ['per', ['per']],
  ['ter', ['ter']],
  ['ber', ['ber']],
];

/** A set of roots: which terms a corpus attests (src/lib/search/pipeline explains which). */
export type KnownRoot = (root: string) => boolean;

/**
 * A word's term. Numbers and very short words are left alone. Indonesian words go through our
 * exceptions, then Tala; when Tala leaves a root that begins with a vowel after a prefix, and
 * `known` attests the root with the letters the prefix took (t, p, k, s, or per-, ter-, ber-
 * read as part of the root), that root is the term: "menegur" → "tegur" wherever "tegur" is
 * attested. The letters restored are consonants, so a restored root is never itself restored
 * (which keeps index and queries in agreement, src/lib/search/pipeline).
 */
export function stem(token: string, bahasa: Bahasa = 'id', known?: KnownRoot): string {
  if (bahasa === 'en') return token.length <= 3 || /\d/.test(token) ? token : stemEnglish(token);
  const k = KECUALI.get(token);
  if (k) return k;
  if (token.length <= 3 || /\d/.test(token)) return token;
  const akar = stemTala(token);
  if (!known || !/^[aeiou]/.test(akar)) return akar;
  const i = token.indexOf(akar, 1);
  if (i < 0) return akar;
  const awalan = token.slice(0, i);
  for (const [a, huruf] of AWAL_AKAR) {
    if (!awalan.endsWith(a)) continue;
    for (const h of huruf) if (known(h + akar)) return h + akar;
  }
  return akar;
}
