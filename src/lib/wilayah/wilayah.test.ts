import { describe, expect, it } from 'vitest';
import { bangunDataWilayah } from '../../../scripts/lib/wilayah-sumber';
import { findWilayah, dataWilayah, selectWilayah } from '.';
import { dataRinci, kecamatanIn } from './rinci';

describe('region model', () => {
  it('has the four first regions with their Kemendagri codes', () => {
    expect(findWilayah('nusa-tenggara-timur')?.kode).toBe('53');
    expect(findWilayah('kota-kupang')).toMatchObject({ kode: '53.71', tingkat: 'kota', induk: 'nusa-tenggara-timur' });
    expect(findWilayah('kalimantan-timur')?.kode).toBe('64');
    expect(findWilayah('kabupaten-kutai-timur')).toMatchObject({ kode: '64.08', tingkat: 'kabupaten', induk: 'kalimantan-timur' });
  });

  it('lists the 51 kelurahan of Kota Kupang in 6 kecamatan', () => {
    const kupang = kecamatanIn('kota-kupang');
    expect(kupang).toHaveLength(6);
    expect(kupang.flatMap((k) => k.kelurahan).filter((k) => k.jenis === 'kelurahan')).toHaveLength(51);
  });

  it('the region files are exactly what the importer makes from idn-area-data (not hand-edited)', async () => {
    expect(await bangunDataWilayah()).toEqual({ wilayah: dataWilayah, rinci: dataRinci });
  });

  it('refuses a code that does not exist rather than dropping it', () => {
    const mentah = { provinsi: [{ code: '53', name: 'Nusa Tenggara Timur' }], kabupatenKota: [], kecamatan: [], desaKelurahan: [] };
    expect(() => selectWilayah(mentah, { wilayah: ['99'], rinci: [] }, dataWilayah.sumber)).toThrow(/99/);
  });
});
