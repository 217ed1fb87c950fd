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

/** Numbers and very short words are left alone. */
export function stem(token: string, bahasa: Bahasa = 'id'): string {
  if (bahasa === 'en') return token.length <= 3 || /\d/.test(token) ? token : stemEnglish(token);
  const k = KECUALI.get(token);
  if (k) return k;
  if (token.length <= 3 || /\d/.test(token)) return token;
  return stemTala(token);
}
