import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FILE_DATA, periksaData } from '.';

const baca = (f: string): string => readFileSync(f, 'utf8');

describe('data files', () => {
  it.each(Object.keys(FILE_DATA))('%s is valid', (file) => {
    expect(periksaData(file, baca(file))).toEqual([]);
  });

  it('names the file and the field of a contact without any source', () => {
    const data = JSON.parse(baca('data/kontak.json')) as { kontak: { sumber: unknown[] }[] };
    data.kontak[1]!.sumber = [];
    expect(periksaData('data/kontak.json', JSON.stringify(data))).toEqual([
      'data/kontak.json: kontak[1].sumber: setiap kontak perlu minimal satu sumber',
    ]);
  });

  it('rejects a phone number that is not a number and an impossible review date', () => {
    const data = JSON.parse(baca('data/kontak.json')) as { kontak: { telepon: { tampil: string }[]; tinjau_ulang: string }[] };
    data.kontak[0]!.telepon[0]!.tampil = 'hubungi kami';
    data.kontak[0]!.tinjau_ulang = '2027-02-30';
    const masalah = periksaData('data/kontak.json', JSON.stringify(data));
    expect(masalah).toContainEqual(expect.stringMatching(/^data\/kontak\.json: kontak\[0\]\.telepon\[0\]\.tampil: /));
    expect(masalah).toContainEqual(expect.stringMatching(/^data\/kontak\.json: kontak\[0\]\.tinjau_ulang: /));
  });

  it('refuses a chart series with a missing value and a kelurahan that does not exist', () => {
    const angka = JSON.parse(baca('data/angka.json')) as { seri: Record<string, { kelompok: { nilai: number[] }[] }> };
    angka.seri['ntt-nonprosedural']!.kelompok[0]!.nilai.pop();
    expect(periksaData('data/angka.json', JSON.stringify(angka))).toEqual([
      'data/angka.json: seri.ntt-nonprosedural.kelompok[0].nilai: harus 3 angka, satu per kategori',
    ]);
    const gugus = JSON.parse(baca('data/gugus-kelurahan.json')) as { kelurahan: { nama: string }[] };
    gugus.kelurahan[0]!.nama = 'Oebobo Baru';
    expect(periksaData('data/gugus-kelurahan.json', JSON.stringify(gugus))).toEqual([
      'data/gugus-kelurahan.json: kelurahan[0].nama: kelurahan "Oebobo Baru" tidak ada di Kecamatan Oebobo',
    ]);
  });

  it('the search thesaurus: a word in two groups (it would join them) or typed in capitals is refused at its place', () => {
    const tesaurus = { grup: [['tppo', 'perdagangan orang'], ['pmi', 'TKI', 'tppo']] };
    expect(periksaData('data/tesaurus.json', JSON.stringify(tesaurus))).toEqual([
      'data/tesaurus.json: grup[1][1]: tulis dengan huruf kecil, tanpa spasi di awal, di akhir atau berganda',
      'data/tesaurus.json: grup[1][2]: "tppo" sudah ada di kelompok 1',
    ]);
  });

  it('reports unreadable JSON and a missing file in one sentence', () => {
    expect(periksaData('data/angka.json', '{ "seri": ')[0]).toMatch(/^data\/angka\.json: JSON tidak bisa dibaca/);
    expect(periksaData('data/angka.json', undefined)).toEqual(['data/angka.json: berkas tidak ditemukan']);
  });
});
