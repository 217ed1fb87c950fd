/** Reads the national area tables from idn-area-data (Node only) and applies our selection. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { getDistricts, getProvinces, getRegencies, getVillages } from 'idn-area-data';
import { selectWilayah, type DataRinci, type DataWilayah } from '../../src/lib/wilayah/model';

const ROOT = join(import.meta.dirname, '..', '..');
export const FILE_WILAYAH = join(ROOT, 'data', 'wilayah.json');
export const FILE_RINCI = join(ROOT, 'data', 'wilayah-rinci.json');
const FILE_PILIHAN = join(ROOT, 'data', 'wilayah-pilihan.json');

export async function bangunDataWilayah(): Promise<{ wilayah: DataWilayah; rinci: DataRinci }> {
  const pilihan = JSON.parse(readFileSync(FILE_PILIHAN, 'utf8')) as { wilayah: string[]; rinci: string[] };
  const require = createRequire(import.meta.url);
  const pkgPath = join(require.resolve('idn-area-data').replace(/lib[\\/].*$/, ''), 'package.json');
  const versi = (JSON.parse(readFileSync(pkgPath, 'utf8')) as { version: string }).version;
  const [provinsi, kabupaten, kecamatan, desa] = await Promise.all([getProvinces(), getRegencies(), getDistricts(), getVillages()]);
  return selectWilayah(
    {
      provinsi,
      kabupatenKota: kabupaten.map((r) => ({ code: r.code, name: r.name, parent: r.province_code })),
      kecamatan: kecamatan.map((d) => ({ code: d.code, name: d.name, parent: d.regency_code })),
      desaKelurahan: desa.map((v) => ({ code: v.code, name: v.name, parent: v.district_code })),
    },
    pilihan,
    {
      paket: 'idn-area-data',
      versi,
      lisensiData: 'ODbL 1.0 (Open Database License); kode MIT',
      rujukan: 'Kepmendagri No. 300.2.2-2138 Tahun 2025, menurut dokumentasi paket (belum kami periksa sendiri)',
    },
  );
}
