/**
 * Checks recruiter names against the registry, like the /perekrut/cek page.
 *   npm run cek-perekrut -- "pt bina karya"            readable verdict
 *   npm run cek-perekrut -- --json "pt bina karya"     one JSON object
 *   npm run cek-perekrut -- --file names.txt [--json]  many names (or --file - for stdin)
 *   --registry PATH                                   another registry CSV (same format); its
 *                                                     provenance is PATH's .json beside it, and
 *                                                     without one it is a public compilation
 * Exit: 0 terdaftar, 1 any other verdict, 2 usage or input error (one sentence on stderr).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { bangunRegistri, buatPencocok, kodeKeluar, MasukanTidakSah, type Snapshot } from '../src/lib/perekrut';
import { tulisCsv } from '../src/lib/perekrut/csv';
import { muatFolderRegistri, muatSnapshot, RegistriTidakSah } from '../src/lib/perekrut/muat-node';
import { barisBatch, hasilJson, hasilTeks, KOLOM_BATCH, ringkasSnapshot } from './lib/perekrut-cli';

const ROOT = join(import.meta.dirname, '..');

class GalatPakai extends Error {}

function gagal(pesan: string): never {
  process.stderr.write(`${pesan}\n`);
  process.exit(2);
}

/** Commander's messages, in the language of the rest of the tool. */
function pesanCommander(err: unknown): string {
  if (!(err instanceof CommanderError)) return String(err);
  const nama = /'([^']+)'/.exec(err.message)?.[1] ?? '';
  if (err.code === 'commander.unknownOption') return `Opsi tidak dikenal: ${nama}. Lihat --help.`;
  if (err.code === 'commander.optionMissingArgument') return `Opsi ${nama} perlu nilai.`;
  return err.message.replace(/^error: /, '');
}

function bacaDaftar(file: string): string[] {
  const teks = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  const baris = teks.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (baris[0]?.trim().toLowerCase() === 'nama') baris.shift();
  return baris.filter((b) => b.trim() !== '');
}

function main(argv: string[]): number {
  const program = new Command()
    .name('cek-perekrut')
    .description('Periksa nama perusahaan perekrut terhadap data izin P3MI.')
    .argument('[nama...]', 'nama perusahaan atau nomor izin')
    .option('--json', 'keluaran JSON')
    .option('--file <path>', 'berkas berisi satu nama per baris ("-" untuk stdin)')
    .option('--registry <path>', 'berkas CSV registri lain (format yang sama)')
    .exitOverride()
    .configureOutput({ writeErr: () => undefined });
  try {
    program.parse(argv);
  } catch (err) {
    if (err instanceof CommanderError && (err.code === 'commander.helpDisplayed' || err.code === 'commander.version')) return 0;
    throw new GalatPakai(pesanCommander(err));
  }
  const opsi = program.opts<{ json?: boolean; file?: string; registry?: string }>();
  const nama = (program.args as string[]).join(' ');
  if (opsi.file && nama) throw new GalatPakai('Pakai nama atau --file, tidak keduanya.');
  if (!opsi.file && program.args.length === 0) throw new GalatPakai('Tulis nama perusahaan, mis.: npm run cek-perekrut -- "pt bina karya"');

  let snapshot: Snapshot[];
  try {
    snapshot = opsi.registry ? [muatSnapshot(opsi.registry)] : muatFolderRegistri(join(ROOT, 'data', 'perekrut'));
  } catch (err) {
    if (err instanceof RegistriTidakSah) throw new GalatPakai(`Registri tidak sah: ${err.file}, baris ${err.galat[0]?.baris}: ${err.galat[0]?.alasan}.`);
    const kode = (err as NodeJS.ErrnoException).code;
    if (kode === 'ENOENT') throw new GalatPakai(`Berkas registri tidak ditemukan: ${opsi.registry}`);
    throw err;
  }
  const pencocok = buatPencocok(bangunRegistri(snapshot, new Date().toISOString().slice(0, 10)));
  const ringkas = ringkasSnapshot(pencocok.registri);

  if (opsi.file) {
    let daftar: string[];
    try {
      daftar = bacaDaftar(opsi.file);
    } catch {
      throw new GalatPakai(`Berkas tidak bisa dibaca: ${opsi.file}`);
    }
    const hasil = daftar.map((q) => {
      try {
        return { q, h: pencocok.cek(q) };
      } catch (err) {
        if (err instanceof MasukanTidakSah) return { q, h: { galat: err.message } };
        throw err;
      }
    });
    if (opsi.json) {
      process.stdout.write(hasil.map(({ q, h }) => JSON.stringify('galat' in h ? { query: q, verdict: 'masukan_tidak_sah', galat: h.galat } : hasilJson(h, ringkas))).join('\n') + '\n');
    } else {
      process.stdout.write(tulisCsv(KOLOM_BATCH, hasil.map(({ q, h }) => barisBatch(q, h)), true));
    }
    return 0;
  }

  let h;
  try {
    h = pencocok.cek(nama);
  } catch (err) {
    if (err instanceof MasukanTidakSah) throw new GalatPakai(err.message);
    throw err;
  }
  process.stdout.write(`${opsi.json ? JSON.stringify(hasilJson(h, ringkas)) : hasilTeks(h, pencocok.registri)}\n`);
  return kodeKeluar(h.verdict);
}

try {
  process.exitCode = main(process.argv);
} catch (err) {
  if (err instanceof GalatPakai) gagal(err.message);
  gagal(`Galat tak terduga: ${err instanceof Error ? err.message : String(err)}`);
}
