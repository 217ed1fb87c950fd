/**
 * Imports a recruiter registry export (CSV, or XLSX) as a snapshot in data/perekrut/.
 *   npm run perekrut:impor -- FILE [--id ID] [--tanggal YYYY-MM-DD] [--judul TEKS] [--asal TEKS]
 *                                  [--jenis ekspor_resmi|kompilasi_publik] [--folder DIR]
 * Every row is checked. On any bad row it prints every bad row with its line number and
 * reason, exits 1 and writes nothing. On success it writes <id>.csv and <id>.json atomically
 * and prints what changed against the previous version of that snapshot.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { bacaCsvRegistri, KOLOM, tulisCsv } from '../src/lib/perekrut/csv';
import { bedaSnapshot, konflikSehari } from '../src/lib/perekrut/beda';
import { muatSnapshot } from '../src/lib/perekrut/muat-node';
import { tanggalSah } from '../src/lib/content/tanggal';
import type { Provenans, Snapshot } from '../src/lib/perekrut/registri';

const ROOT = join(import.meta.dirname, '..');

class GalatImpor extends Error {}

async function bacaBerkas(file: string): Promise<string> {
  if (extname(file).toLowerCase() === '.xlsx') {
    const { default: bacaXlsx } = await import('read-excel-file/node');
    const lembar = (await bacaXlsx(file)) as unknown as { data: unknown[][] }[] | unknown[][];
    const baris = (Array.isArray(lembar[0]) ? lembar : (lembar as { data: unknown[][] }[])[0]?.data ?? []) as unknown[][];
    const kolom = (baris[0] ?? []).map((c) => String(c ?? ''));
    const isi = baris.slice(1).map((r) => Object.fromEntries(kolom.map((k, i) => [k, r[i] instanceof Date ? (r[i] as Date).toISOString().slice(0, 10) : String(r[i] ?? '')])));
    return tulisCsv(kolom, isi);
  }
  return readFileSync(file, 'utf8');
}

function progres(selesai: number, total: number): void {
  if (!process.stderr.isTTY || total < 5000) return;
  const lebar = 30;
  const isi = Math.round((selesai / total) * lebar);
  process.stderr.write(`\r[${'#'.repeat(isi)}${' '.repeat(lebar - isi)}] ${selesai}/${total} baris`);
  if (selesai === total) process.stderr.write('\n');
}

async function main(argv: string[]): Promise<number> {
  const program = new Command()
    .name('perekrut:impor')
    .argument('<file>', 'berkas CSV atau XLSX')
    .option('--id <id>', 'nama snapshot (nama berkas tanpa ekstensi)')
    .option('--tanggal <tanggal>', 'tanggal ekspor, YYYY-MM-DD')
    .option('--judul <teks>', 'judul snapshot')
    .option('--asal <teks>', 'dari mana data ini (lembaga, cara memperoleh)')
    .option('--jenis <jenis>', 'ekspor_resmi atau kompilasi_publik')
    .option('--folder <dir>', 'folder registri', join(ROOT, 'data', 'perekrut'))
    .exitOverride()
    .configureOutput({ writeErr: () => undefined });
  try {
    program.parse(argv);
  } catch (err) {
    if (err instanceof CommanderError && err.code === 'commander.helpDisplayed') return 0;
    throw new GalatImpor(err instanceof CommanderError && err.code === 'commander.missingArgument' ? 'Sebutkan berkas yang diimpor, mis.: npm run perekrut:impor -- ekspor.csv' : String(err instanceof Error ? err.message : err).replace(/^error: /, ''));
  }
  const [file] = program.args as [string];
  const o = program.opts<{ id?: string; tanggal?: string; judul?: string; asal?: string; jenis?: string; folder: string }>();
  if (!existsSync(file)) throw new GalatImpor(`Berkas tidak ditemukan: ${file}`);
  if (o.tanggal && !tanggalSah(o.tanggal)) throw new GalatImpor(`--tanggal "${o.tanggal}" bukan tanggal YYYY-MM-DD.`);
  if (o.jenis && o.jenis !== 'ekspor_resmi' && o.jenis !== 'kompilasi_publik') throw new GalatImpor('--jenis harus ekspor_resmi atau kompilasi_publik.');
  const id = (o.id ?? basename(file, extname(file))).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  if (!id) throw new GalatImpor('Nama snapshot kosong; pakai --id.');

  const hariIni = new Date().toISOString().slice(0, 10);
  const tanggalSnapshot = o.tanggal ?? hariIni;
  const { baris, nomorBaris, galat } = bacaCsvRegistri(await bacaBerkas(file), { tanggalSnapshot, onProgres: progres });
  if (galat.length > 0) {
    for (const g of galat) process.stderr.write(`${file}: baris ${g.baris}: ${g.alasan}\n`);
    throw new GalatImpor(`${galat.length} baris tidak sah di ${file}; tidak ada yang ditulis.`);
  }
  if (baris.length === 0) throw new GalatImpor(`${file} tidak berisi satu baris data pun; tidak ada yang ditulis.`);

  const csvPath = join(o.folder, `${id}.csv`);
  const jsonPath = join(o.folder, `${id}.json`);
  const lama: Snapshot | undefined = existsSync(csvPath) ? muatSnapshot(csvPath) : undefined;
  const provenans: Provenans = {
    id,
    judul: o.judul ?? lama?.provenans.judul ?? `Ekspor resmi ${id}`,
    jenis: (o.jenis as Provenans['jenis'] | undefined) ?? lama?.provenans.jenis ?? 'ekspor_resmi',
    tanggal: tanggalSnapshot,
    asal: o.asal ?? lama?.provenans.asal ?? `Diimpor dari ${basename(file)}`,
    cara_memperbarui: lama?.provenans.cara_memperbarui ?? `Minta ekspor terbaru (CSV/XLSX), lalu: npm run perekrut:impor -- <berkas> --id ${id} --tanggal <tanggal ekspor>`,
    catatan: lama?.provenans.catatan ?? '',
    ...(lama?.provenans.lisensi ? { lisensi: lama.provenans.lisensi } : {}),
  };
  const baru: Snapshot = { provenans, baris };
  const beda = bedaSnapshot(lama, baru, hariIni);

  // Both files are written beside their targets first, then renamed: readers never see half a file.
  writeFileSync(`${csvPath}.tmp`, tulisCsv(KOLOM, baris as unknown as Record<string, string>[]));
  writeFileSync(`${jsonPath}.tmp`, `${JSON.stringify(provenans, null, 2)}\n`);
  renameSync(`${csvPath}.tmp`, csvPath);
  renameSync(`${jsonPath}.tmp`, jsonPath);

  const daftar = (judul: string, isi: string[]): string => (isi.length ? `${judul} (${isi.length}): ${isi.slice(0, 20).join('; ')}${isi.length > 20 ? '; ...' : ''}` : `${judul}: tidak ada`);
  console.log(`Ditulis ${csvPath} (${baris.length} baris) dan ${basename(jsonPath)}.`);
  console.log(daftar('Ditambah', beda.ditambah));
  console.log(daftar('Dihapus', beda.dihapus));
  console.log(daftar('Status berubah', beda.berubah.map((b) => `${b.nama}: ${b.dari} → ${b.ke}`)));
  const konflik = konflikSehari(baris, nomorBaris);
  if (konflik.length > 0) {
    console.log(
      daftar(
        'Bertentangan pada tanggal yang sama (yang merugikan dipakai; periksa sumbernya)',
        konflik.map((k) => `${k.nama} ${k.tanggal}, baris ${k.baris.join(' dan ')}`),
      ),
    );
  }
  return 0;
}

main(process.argv).then(
  (kode) => {
    process.exitCode = kode;
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof GalatImpor ? err.message : `Galat tak terduga: ${err instanceof Error ? err.message : String(err)}`}\n`);
    process.exitCode = err instanceof GalatImpor ? 1 : 2;
  },
);
