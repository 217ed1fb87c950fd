import { describe, expect, it } from 'vitest';
import data from '../../../data/gugus-kelurahan.json';
import { kecamatanIn } from '../wilayah/rinci';
import { barisKelurahan, type DataGugusKelurahan } from '.';

describe('kelurahan coverage table', () => {
  const baris = barisKelurahan(kecamatanIn('kota-kupang'), data as DataGugusKelurahan);

  it('lists all 51 kelurahan of Kota Kupang', () => {
    expect(baris).toHaveLength(51);
  });

  it('gives task-force information only where a source names the kelurahan', () => {
    const dikenal = baris.filter((b) => b.keterangan);
    expect(dikenal.map((b) => b.nama).sort()).toEqual(['Fatululi', 'Kayu Putih', 'Liliba', 'Oebobo', 'Oebufu', 'Oetete', 'Tuak Daun Merah']);
    expect(dikenal.every((b) => b.sumber.length > 0)).toBe(true);
    expect(baris.find((b) => b.nama === 'Alak')).toMatchObject({ keterangan: null, sumber: [] });
  });
});
