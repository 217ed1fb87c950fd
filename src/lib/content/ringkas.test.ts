import { describe, expect, it } from 'vitest';
import { saringHalaman, type RingkasHalaman } from './ringkas';

const h = (judul: string, deskripsi = ''): RingkasHalaman => ({ judul, deskripsi, tautan: `/${judul}`, jenis: 'halaman', verifikasi: 'belum' });

describe('saringHalaman', () => {
  const semua = [h('Cek perekrut', 'perusahaan penempatan berizin'), h('Lapor dugaan perdagangan orang', 'ke mana melapor'), h('Regulasi')];

  it('finds pages by words in title or description, ignoring case and accents', () => {
    expect(saringHalaman(semua, 'PEREKRUT').map((x) => x.judul)).toEqual(['Cek perekrut']);
    expect(saringHalaman(semua, 'berizin perusahaan').map((x) => x.judul)).toEqual(['Cek perekrut']);
    expect(saringHalaman(semua, 'régulasi').map((x) => x.judul)).toEqual(['Regulasi']);
  });

  it('needs every word, and returns nothing for an empty query', () => {
    expect(saringHalaman(semua, 'lapor perekrut')).toEqual([]);
    expect(saringHalaman(semua, '  ')).toEqual([]);
  });
});
