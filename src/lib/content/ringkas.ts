/** A page as lists show it, and the plain matching /cari does until the lunr index lands. */
import type { JenisKonten } from './schema';

export interface RingkasHalaman {
  judul: string;
  deskripsi: string;
  tautan: string;
  jenis: JenisKonten;
  verifikasi: string;
}

function lipat(teks: string): string {
  return teks.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Pages whose title or description contain every word of the query, titles first. */
export function saringHalaman(halaman: readonly RingkasHalaman[], kueri: string): RingkasHalaman[] {
  const kata = lipat(kueri).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (kata.length === 0) return [];
  const skor = (h: RingkasHalaman): number => {
    const judul = lipat(h.judul);
    const semua = `${judul} ${lipat(h.deskripsi)}`;
    if (!kata.every((k) => semua.includes(k))) return 0;
    return 1 + kata.filter((k) => judul.includes(k)).length;
  };
  return halaman
    .map((h) => ({ h, s: skor(h) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || a.h.judul.localeCompare(b.h.judul))
    .map((x) => x.h);
}
