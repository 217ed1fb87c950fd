/**
 * Regenerates data/wilayah.json and data/wilayah-rinci.json from the idn-area-data package for
 * the codes chosen in data/wilayah-pilihan.json. Usage: npm run wilayah:impor [-- --periksa]
 * With --periksa it writes nothing and exits 1 when a committed file is out of date.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { bangunDataWilayah, FILE_RINCI, FILE_WILAYAH } from './lib/wilayah-sumber';
import { tulisAtomik } from './lib/tulis-atomik';
import { readOptions } from './lib/argumen';
import { runAsCommand, type Io } from './lib/cli';

/** The command: `argv` without node and the script; writes only to `io`; returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const opsi = readOptions(
    argv,
    'Pakai: npm run wilayah:impor [-- --periksa]\nMenulis ulang data/wilayah.json dan data/wilayah-rinci.json dari idn-area-data untuk kode di data/wilayah-pilihan.json.\n  --periksa  tidak menulis apa pun; keluar 1 bila berkas yang di-commit sudah usang',
    { periksa: { type: 'boolean' } },
    io,
  );
  if (!opsi) return 0;
  const { periksa } = opsi;
  const data = await bangunDataWilayah();
  const berkas: [string, unknown][] = [
    [FILE_WILAYAH, data.wilayah],
    [FILE_RINCI, data.rinci],
  ];
  for (const [file, isi] of berkas) {
    const teks = `${JSON.stringify(isi, null, 2)}\n`;
    if (periksa) {
      if (readFileSync(file, 'utf8') !== teks) {
        io.stderr.write(`${relative(process.cwd(), file)} tidak sama dengan idn-area-data; jalankan \`npm run wilayah:impor\`.\n`);
        return 1;
      }
    } else {
      tulisAtomik(file, teks);
    }
  }
  const jumlahKel = Object.values(data.rinci.rinci)
    .flat()
    .reduce((n, k) => n + k.kelurahan.length, 0);
  io.stdout.write(`${periksa ? 'Data wilayah sesuai dengan idn-area-data.' : `Ditulis: ${data.wilayah.wilayah.length} wilayah, ${jumlahKel} desa/kelurahan rinci.`}\n`);
  return 0;
}

runAsCommand(import.meta.url, main);
