/**
 * Checks recruiter names against the registry, like the /perekrut/cek page.
 *   npm run -s cek-perekrut -- "pt bina karya"            readable verdict
 *   npm run -s cek-perekrut -- --json "pt bina karya"     one JSON object
 *   npm run -s cek-perekrut -- --file names.txt [--json]  many names (or --file - for stdin), streamed
 *   --registry PATH                                   another registry CSV (same format); its
 *                                                     provenance is PATH's .json beside it, and
 *                                                     without one it is a public compilation
 * Exit, one name: 0 terdaftar, 1 any other verdict, 2 usage or input error (one sentence on stderr).
 * Exit, --file: 0 when every line was checked (whatever the verdicts), 2 when the input or the
 * registry could not be read (binary, not UTF-8, missing) or the command was used wrongly.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { buildRegistri, createMatcher, exitCode, InvalidQuery, type Snapshot } from '../src/lib/perekrut';
import { writeCsv } from '../src/lib/perekrut/csv';
import { loadRegistriFolder, loadSnapshot, InvalidRegistri } from '../src/lib/perekrut/load-node';
import { decode } from '../src/lib/perekrut/decode';
import { barisBatch, hasilJson, hasilTeks, KOLOM_BATCH, ringkasSnapshot } from './lib/perekrut-cli';
import { aliranTeks, GalatDekode, periksaAliran } from './lib/aliran';
import { amanTerminal } from './lib/terminal';
import { readAll, UsageError, runAsCommand, writeTo, type Io } from './lib/cli';

const ROOT = join(import.meta.dirname, '..');

/** Commander's messages, in the language of the rest of the tool. */
function pesanCommander(err: unknown): string {
  if (!(err instanceof CommanderError)) return String(err);
  const nama = /'([^']+)'/.exec(err.message)?.[1] ?? '';
  if (err.code === 'commander.unknownOption') return `Opsi tidak dikenal: ${nama}. Lihat --help.`;
  if (err.code === 'commander.optionMissingArgument') return `Opsi ${nama} perlu nilai.`;
  return err.message.replace(/^error: /, '');
}

/**
 * The names to check, one a line, as a stream. A file is first read through once to refuse it
 * before any output if it is binary or not UTF-8 (saying on which line); stdin is read whole.
 */
async function* bacaDaftar(file: string, io: Io): AsyncGenerator<string> {
  const tolak = (bytes: Buffer): never => {
    const hasil = decode(bytes);
    throw new UsageError(`${file === '-' ? 'stdin' : file}, baris ${hasil.ok ? 1 : hasil.baris}: ${hasil.ok ? 'berkas tidak bisa dibaca sebagai teks' : hasil.alasan}.`);
  };
  let baris: AsyncIterable<string> | Iterable<string>;
  if (file === '-') {
    const bytes = await readAll(io.stdin);
    const hasil = decode(bytes);
    if (!hasil.ok) tolak(bytes);
    baris = (hasil as { teks: string }).teks.split(/\r?\n/);
  } else {
    try {
      if (statSync(file).isDirectory()) throw new UsageError(`--file ${file} adalah folder; sebutkan berkas teks berisi satu nama per baris.`);
      await periksaAliran(file);
    } catch (err) {
      if (err instanceof UsageError) throw err;
      if (err instanceof GalatDekode) tolak(readFileSync(file));
      throw new UsageError(`Berkas tidak bisa dibaca: ${file}`);
    }
    baris = createInterface({ input: aliranTeks(createReadStream(file)).teks, crlfDelay: Infinity });
  }
  let pertama = true;
  for await (const b of baris) {
    if (pertama && b.trim().toLowerCase() === 'nama') {
      pertama = false;
      continue;
    }
    pertama = false;
    if (b.trim() !== '') yield b;
  }
}

/** The command: `argv` without node and the script; writes only to `io`; returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const tulis = (potongan: string): Promise<void> => writeTo(io.stdout, potongan);
  const program = new Command()
    .name('cek-perekrut')
    .description('Periksa nama perusahaan perekrut terhadap data izin P3MI.')
    .argument('[nama...]', 'nama perusahaan atau nomor izin')
    .option('--json', 'keluaran JSON')
    .option('--file <path>', 'berkas berisi satu nama per baris ("-" untuk stdin)')
    .option('--registry <path>', 'berkas CSV registri lain (format yang sama)')
    .exitOverride()
    .configureOutput({ writeOut: (t) => void io.stdout.write(t), writeErr: () => undefined });
  try {
    program.parse(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError && (err.code === 'commander.helpDisplayed' || err.code === 'commander.version')) return 0;
    throw new UsageError(pesanCommander(err));
  }
  const opsi = program.opts<{ json?: boolean; file?: string; registry?: string }>();
  const nama = (program.args as string[]).join(' ');
  if (opsi.file && nama) throw new UsageError('Pakai nama atau --file, tidak keduanya.');
  if (!opsi.file && program.args.length === 0) throw new UsageError('Tulis nama perusahaan, mis.: npm run cek-perekrut -- "pt bina karya"');

  let snapshot: Snapshot[];
  try {
    snapshot = opsi.registry ? [loadSnapshot(opsi.registry)] : loadRegistriFolder(join(ROOT, 'data', 'perekrut'));
  } catch (err) {
    if (err instanceof InvalidRegistri) throw new UsageError(`Registri tidak sah: ${err.file}, baris ${err.galat[0]?.baris}: ${err.galat[0]?.alasan}.`);
    const kode = (err as NodeJS.ErrnoException).code;
    if (kode === 'ENOENT') throw new UsageError(`Berkas registri tidak ditemukan: ${opsi.registry}`);
    if (kode) throw new UsageError(`Registri tidak bisa dibaca: ${opsi.registry ?? 'data/perekrut'} (${kode}).`);
    throw err;
  }
  const pencocok = createMatcher(buildRegistri(snapshot, new Date().toISOString().slice(0, 10)));
  const ringkas = ringkasSnapshot(pencocok.registri);

  if (opsi.file) {
    const daftar = bacaDaftar(opsi.file, io);
    const cek = (q: string) => {
      try {
        return pencocok.cek(q);
      } catch (err) {
        if (err instanceof InvalidQuery) return { galat: err.message };
        throw err;
      }
    };
    // Results are written as they come, a thousand lines at a time.
    let potongan: string[] = opsi.json ? [] : [KOLOM_BATCH.join(',')];
    for await (const q of daftar) {
      const h = cek(q);
      if (opsi.json) potongan.push(JSON.stringify('galat' in h ? { query: q, verdict: 'masukan_tidak_sah', galat: h.galat } : hasilJson(h, ringkas)));
      else potongan.push(writeCsv(KOLOM_BATCH, [{ ...barisBatch(q, h), query: amanTerminal(q) }], true).slice(KOLOM_BATCH.join(',').length + 1, -1));
      if (potongan.length >= 1000) {
        await tulis(`${potongan.join('\n')}\n`);
        potongan = [];
      }
    }
    if (potongan.length > 0) await tulis(`${potongan.join('\n')}\n`);
    return 0;
  }

  let h;
  try {
    h = pencocok.cek(nama);
  } catch (err) {
    if (err instanceof InvalidQuery) throw new UsageError(err.message);
    throw err;
  }
  await tulis(`${opsi.json ? JSON.stringify(hasilJson(h, ringkas)) : hasilTeks(h, pencocok.registri)}\n`);
  return exitCode(h.verdict);
}

runAsCommand(import.meta.url, main);
