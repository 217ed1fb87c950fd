/**
 * Hotlines and offices as the pages show them: tappable numbers made from the numbers as the
 * source prints them, and whether an entry is past its review date. The types come from the
 * schema that checks data/kontak.json at build time (./schema, kept out of browsers).
 */
import type * as z from 'zod';
import type { dataKontakSchema, kontakSchema, nomorSchema } from './schema';

export * from './saluran';

/** A contact's types, inferred from the schema that checks data/kontak.json (type-only import: no zod in browsers). */
export type KontakNumber = z.infer<typeof nomorSchema>;
export type Kontak = z.infer<typeof kontakSchema>;
export type DataKontak = z.infer<typeof dataKontakSchema>;

/** `0800-1000` → `tel:08001000`; `+62 21 2924 4800` → `tel:+622129244800`. */
export function telHref(tampil: string): string {
  const plus = tampil.trim().startsWith('+');
  return `tel:${plus ? '+' : ''}${tampil.replace(/\D/g, '')}`;
}

/** wa.me wants the number in international form without `+`: `08111-129-129` → `628111129129`. */
export function whatsAppNumber(tampil: string): string {
  const angka = tampil.replace(/\D/g, '');
  if (angka.startsWith('62')) return angka;
  if (angka.startsWith('0')) return `62${angka.slice(1)}`;
  return angka;
}

export function whatsAppHref(tampil: string, pesan?: string): string {
  const teks = pesan ? `?text=${encodeURIComponent(pesan)}` : '';
  return `https://wa.me/${whatsAppNumber(tampil)}${teks}`;
}

/** The name on a button or a paper table: "SAPA 129 (Kementerian …)" → "SAPA 129". */
export function shortName(k: Pick<Kontak, 'nama'>): string {
  return k.nama.replace(/\s*\(.*$/, '');
}

/** True once today (YYYY-MM-DD) is after the entry's review date. */
export function needsReview(k: Pick<Kontak, 'tinjau_ulang'>, hariIni: string): boolean {
  return hariIni > k.tinjau_ulang;
}

/** National contacts plus those of the region and of the province it lies in. */
export function kontakFor(semua: readonly Kontak[], wilayah: readonly string[]): Kontak[] {
  const cocok = new Set(['nasional', ...wilayah]);
  return semua.filter((k) => k.wilayah.some((w) => cocok.has(w)));
}
