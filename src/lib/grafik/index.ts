/**
 * Bar charts drawn as SVG when the site is built: the geometry is computed here (pure), the
 * component only draws it. Each series keeps its source; target values are marked as targets.
 */
import type * as z from 'zod';
import type { dataAngkaSchema } from './schema';

/** The file's types, inferred from the schema that checks it at build time (type-only import). */
export type DataAngka = z.infer<typeof dataAngkaSchema>;
/** One series; `target`: the categories whose values are targets, not results. */
export type Seri = DataAngka['seri'][string];

export interface Batang {
  kategori: string;
  kelompok: string;
  nilai: number;
  target: boolean;
  x: number;
  y: number;
  lebar: number;
  tinggi: number;
}

export interface TataLetak {
  lebar: number;
  tinggi: number;
  dasar: number;
  batang: Batang[];
  /** Category label positions along the base line. */
  label: { teks: string; x: number }[];
}

/** Grouped vertical bars in a `lebar` × `tinggi` box, leaving room for labels. */
export function tataLetakBatang(seri: Seri, lebar = 320, tinggi = 200): TataLetak {
  const atas = 20;
  const bawah = 36;
  const tepi = 8;
  const dasar = tinggi - bawah;
  const maks = Math.max(1, ...seri.kelompok.flatMap((k) => k.nilai));
  const lebarKategori = (lebar - 2 * tepi) / Math.max(1, seri.kategori.length);
  const jarak = lebarKategori * 0.2;
  const lebarBatang = (lebarKategori - jarak) / Math.max(1, seri.kelompok.length);
  const batang: Batang[] = [];
  seri.kategori.forEach((kategori, i) => {
    seri.kelompok.forEach((k, j) => {
      const nilai = k.nilai[i] ?? 0;
      const t = ((dasar - atas) * nilai) / maks;
      batang.push({
        kategori,
        kelompok: k.nama,
        nilai,
        target: seri.target?.includes(kategori) ?? false,
        x: tepi + i * lebarKategori + jarak / 2 + j * lebarBatang,
        y: dasar - t,
        lebar: lebarBatang,
        tinggi: t,
      });
    });
  });
  const label = seri.kategori.map((teks, i) => ({ teks, x: tepi + (i + 0.5) * lebarKategori }));
  return { lebar, tinggi, dasar, batang, label };
}

/** `1379` → `1.379` in Indonesian, `1,379` in English. */
export function formatAngka(n: number, locale: string): string {
  const s = String(Math.trunc(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, locale.startsWith('id') ? '.' : ',');
  return n < 0 ? `-${s}` : s;
}
