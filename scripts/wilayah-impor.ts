/**
 * Regenerates data/wilayah.json and data/wilayah-rinci.json from the idn-area-data package for
 * the codes chosen in data/wilayah-pilihan.json. Usage: npm run wilayah:impor [-- --periksa]
 * With --periksa it writes nothing and exits 1 when a committed file is out of date.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { bangunDataWilayah, FILE_RINCI, FILE_WILAYAH } from './lib/wilayah-sumber';
import { tulisAtomik } from './lib/tulis-atomik';
import { bacaArgumen } from './lib/argumen';

async function main(): Promise<void> {
  const { periksa } = bacaArgumen(
    'Pakai: npm run wilayah:impor [-- --periksa]\nMenulis ulang data/wilayah.json dan data/wilayah-rinci.json dari idn-area-data untuk kode di data/wilayah-pilihan.json.\n  --periksa  tidak menulis apa pun; keluar 1 bila berkas yang di-commit sudah usang',
    { periksa: { type: 'boolean' } },
  );
  const data = await bangunDataWilayah();
  const berkas: [string, unknown][] = [
    [FILE_WILAYAH, data.wilayah],
    [FILE_RINCI, data.rinci],
  ];
  for (const [file, isi] of berkas) {
    const teks = `${JSON.stringify(isi, null, 2)}\n`;
    if (periksa) {
      if (readFileSync(file, 'utf8') !== teks) {
        console.error(`${relative(process.cwd(), file)} tidak sama dengan idn-area-data; jalankan \`npm run wilayah:impor\`.`);
        process.exit(1);
      }
    } else {
      tulisAtomik(file, teks);
    }
  }
  const jumlahKel = Object.values(data.rinci.rinci)
    .flat()
    .reduce((n, k) => n + k.kelurahan.length, 0);
  console.log(periksa ? 'Data wilayah sesuai dengan idn-area-data.' : `Ditulis: ${data.wilayah.wilayah.length} wilayah, ${jumlahKel} desa/kelurahan rinci.`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
