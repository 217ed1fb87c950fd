/**
 * Regenerates data/wilayah.json from the idn-area-data package for the codes chosen in
 * data/wilayah-pilihan.json. Usage: npm run wilayah:impor [-- --periksa]
 * With --periksa it writes nothing and exits 1 when the committed file is out of date.
 */
import { readFileSync } from 'node:fs';
import { bangunDataWilayah, FILE_WILAYAH } from './lib/wilayah-sumber';
import { tulisAtomik } from './lib/tulis-atomik';

async function main(): Promise<void> {
  const periksa = process.argv.includes('--periksa');
  const data = await bangunDataWilayah();
  const teks = `${JSON.stringify(data, null, 2)}\n`;
  if (periksa) {
    const lama = readFileSync(FILE_WILAYAH, 'utf8');
    if (lama !== teks) {
      console.error('data/wilayah.json tidak sama dengan idn-area-data; jalankan `npm run wilayah:impor`.');
      process.exit(1);
    }
    console.log('data/wilayah.json sesuai dengan idn-area-data.');
    return;
  }
  tulisAtomik(FILE_WILAYAH, teks);
  const jumlahKel = Object.values(data.rinci).flat().reduce((n, k) => n + k.kelurahan.length, 0);
  console.log(`Ditulis ${FILE_WILAYAH}: ${data.wilayah.length} wilayah, ${jumlahKel} desa/kelurahan rinci.`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
