/**
 * Imports a recruiter registry export (CSV, or XLSX) as a snapshot in data/perekrut/.
 *   npm run -s perekrut:impor -- FILE --id ID --tanggal YYYY-MM-DD [--judul TEKS] [--asal TEKS]
 *        [--jenis ekspor_resmi|kompilasi_publik] [--folder DIR] [--pengodean windows-1252]
 *        [--periksa] [--ganti] [--json]
 *   npm run -s perekrut:impor -- --bereskan      finish or remove an interrupted import
 * Every row is checked; every problem is printed with its true line. Nothing is written when a
 * row is wrong, with --periksa, or when the data did not change. An existing snapshot (ids
 * compared without case) is replaced only with --ganti, after its diff is printed. The CSV and
 * its provenance land together or not at all (see `pasang`).
 * Exit: 0 done (or checked), 1 the file was refused, 2 usage error.
 */
import { closeSync, createReadStream, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { parse, type Options } from 'csv-parse';
import { exactNumber, readRegistriRows, readRegistriCsv, KOLOM, RegistriReader, csvChunks, writeCsv, type RowError, type ReadResult } from '../src/lib/perekrut/csv';
import { diffSnapshots } from '../src/lib/perekrut/diff';
import { decode, REQUESTABLE_ENCODINGS } from '../src/lib/perekrut/decode';
import { AWALAN_PENTAS, loadSnapshot, InvalidRegistri, TANDA_SIAP } from '../src/lib/perekrut/load-node';
import { isValidDate } from '../src/lib/content/date';
import type { Provenans, Snapshot } from '../src/lib/perekrut/registri';
import { aliranTeks, GalatDekode } from './lib/aliran';
import { amanTerminal } from './lib/terminal';
import { UsageError, runAsCommand, type Io } from './lib/cli';

const ROOT = join(import.meta.dirname, '..');

/** The file was refused (exit 1). A command used wrongly is a UsageError (exit 2). */
class GalatBerkas extends Error {}

/** Where progress goes: stderr, only when it is a terminal. */
let keluarProgres: (NodeJS.WritableStream & { isTTY?: boolean }) | undefined;

interface Opsi {
  id?: string;
  tanggal?: string;
  judul?: string;
  asal?: string;
  jenis?: string;
  folder: string;
  pengodean?: string;
  periksa?: boolean;
  ganti?: boolean;
  json?: boolean;
  bereskan?: boolean;
}

/** Dates after `tanggal` (the snapshot's date: a mistyped year) are refused like any bad row. */
async function bacaXlsx(file: string, tanggal: string): Promise<ReadResult> {
  const { default: baca } = await import('read-excel-file/node');
  const lembar = (await baca(file, { parseNumber: (s: string) => exactNumber(s) } as never)) as unknown as { data: unknown[][] }[] | unknown[][];
  const baris = (Array.isArray(lembar[0]) ? lembar : ((lembar as { data: unknown[][] }[])[0]?.data ?? [])) as unknown[][];
  const sel = baris.map((r) => r.map((c) => (c instanceof Date ? c.toISOString().slice(0, 10) : String(c ?? ''))));
  // Sheet row numbers are the lines people see in the spreadsheet.
  return readRegistriRows(
    sel,
    sel.map((_, i) => i + 1),
    { tanggalSnapshot: tanggal || undefined },
  );
}

function progres(selesai: number, total: number, satuan = 'baris'): void {
  if (!keluarProgres?.isTTY || total < 5000) return;
  const lebar = 30;
  const isi = Math.round((selesai / total) * lebar);
  keluarProgres.write(`\r[${'#'.repeat(isi)}${' '.repeat(lebar - isi)}] ${selesai}/${total} ${satuan}`);
  if (selesai === total) keluarProgres.write('\n');
}

/**
 * A CSV export read as a stream: the file is never held whole, rows are checked as they are
 * parsed. On a decoding or CSV syntax error the file is read once more, whole, only to name the
 * exact line (as `readRegistriCsv` does).
 */
async function bacaCsvAliran(file: string, tanggal: string, diminta?: 'windows-1252'): Promise<{ hasil: ReadResult; pengodean: string } | { galat: RowError }> {
  const ukuran = statSync(file).size;
  let dibaca = 0;
  const masuk = createReadStream(file, { highWaterMark: 1 << 20 });
  masuk.on('data', (b) => {
    dibaca += b.length;
    progres(Math.round(dibaca / 1e6), Math.round(ukuran / 1e6) >= 5 ? Math.round(ukuran / 1e6) : 0, 'MB');
  });
  const { teks, pengodean } = aliranTeks(masuk, diminta);
  const pengurai = parse({
    relax_column_count: true,
    skip_empty_lines: true,
    // csv-parse counts the line where a record ends; it starts as many lines earlier as it holds line breaks.
    on_record: (record: string[], context: { lines: number }) => ({ sel: record, no: context.lines - record.reduce((n, sel) => n + (sel.match(/\n/g)?.length ?? 0), 0) }),
  } as unknown as Options);
  teks.on('error', (err) => pengurai.destroy(err));
  teks.pipe(pengurai);
  const pembaca = new RegistriReader({ tanggalSnapshot: tanggal || undefined });
  try {
    for await (const { sel, no } of pengurai as AsyncIterable<{ sel: string[]; no: number }>) pembaca.tambah(sel, no);
  } catch (err) {
    const utuh = decode(readFileSync(file), diminta);
    if (!utuh.ok) return { galat: { baris: utuh.baris, alasan: utuh.alasan } };
    if (err instanceof GalatDekode) return { galat: { baris: 1, alasan: 'berkas tidak bisa dibaca sebagai teks' } };
    const sekali = readRegistriCsv(utuh.teks, { tanggalSnapshot: tanggal || undefined });
    return { hasil: sekali, pengodean: utuh.pengodean };
  }
  return { hasil: pembaca.selesai(), pengodean: pengodean() };
}

/** Writes a file (in pieces) and forces it to disk before anything is renamed onto it. */
function tulisAman(path: string, isi: string | Iterable<string>): void {
  const fd = openSync(path, 'w');
  try {
    for (const potongan of typeof isi === 'string' ? [isi] : isi) writeSync(fd, potongan);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Test hook: stop (and wait to be killed) at a named step, to prove an interrupted import loses nothing. */
function berhentiDi(tahap: string): void {
  if (process.env.PEREKRUT_IMPOR_BERHENTI !== tahap) return;
  process.stderr.write(`BERHENTI ${tahap}\n`);
  const tunggu = new Int32Array(new SharedArrayBuffer(4));
  for (;;) Atomics.wait(tunggu, 0, 0, 60_000);
}

/**
 * Installs `<id>.csv` and `<id>.json` together. Both are written and synced in a staging folder
 * `.impor-<id>/`; then the marker SIAP is written; then both are renamed into place. A run that
 * dies before SIAP leaves the snapshot as it was (the staging folder is removed next time); one
 * that dies after SIAP is finished next time (see `bereskan`), and until then the site build and
 * the checker refuse to read the folder rather than read half a pair.
 */
function pasang(folder: string, id: string, csv: Iterable<string>, json: string): void {
  const pentas = join(folder, `${AWALAN_PENTAS}${id}`);
  rmSync(pentas, { recursive: true, force: true });
  mkdirSync(pentas);
  tulisAman(join(pentas, `${id}.csv`), csv);
  berhentiDi('menulis');
  tulisAman(join(pentas, `${id}.json`), json);
  tulisAman(join(pentas, TANDA_SIAP), '');
  berhentiDi('siap');
  selesaikan(folder, pentas);
}

function selesaikan(folder: string, pentas: string): void {
  for (const f of readdirSync(pentas)) if (f !== TANDA_SIAP) renameSync(join(pentas, f), join(folder, f));
  rmSync(pentas, { recursive: true, force: true });
}

/** Leftovers of an interrupted import: finished when they were complete, removed when not. What was done, one line each. */
function bereskan(folder: string): string[] {
  const laporan: string[] = [];
  for (const f of readdirSync(folder)) {
    const p = join(folder, f);
    if (f.startsWith(AWALAN_PENTAS)) {
      if (existsSync(join(p, TANDA_SIAP))) {
        selesaikan(folder, p);
        laporan.push(`Impor yang terputus diselesaikan: ${p}`);
      } else {
        rmSync(p, { recursive: true, force: true });
        laporan.push(`Sisa impor yang terputus dihapus (snapshot tidak berubah): ${p}`);
      }
    } else if (f.endsWith('.tmp')) {
      rmSync(p, { force: true });
      laporan.push(`Sisa impor yang terputus dihapus: ${p}`);
    }
  }
  return laporan;
}

function hariIni(): string {
  return new Date().toISOString().slice(0, 10);
}

interface Ringkasan {
  berkas: string;
  id: string;
  pengodean: string | null;
  baris: number;
  galat: RowError[];
  peringatan: RowError[];
  beda: ReturnType<typeof diffSnapshots> | null;
  ditulis: boolean;
  dibereskan: string[];
}

async function impor(argv: string[], io: Io): Promise<{ kode: number; ringkasan?: Ringkasan; json: boolean }> {
  keluarProgres = io.stderr;
  const program = new Command()
    .name('perekrut:impor')
    .argument('[file]', 'berkas CSV atau XLSX')
    .option('--id <id>', 'nama snapshot (nama berkas tanpa ekstensi)')
    .option('--tanggal <tanggal>', 'tanggal ekspor, YYYY-MM-DD (wajib untuk snapshot baru)')
    .option('--judul <teks>', 'judul snapshot')
    .option('--asal <teks>', 'dari mana data ini (lembaga, cara memperoleh)')
    .option('--jenis <jenis>', 'ekspor_resmi atau kompilasi_publik')
    .option('--folder <dir>', 'folder registri', join(ROOT, 'data', 'perekrut'))
    .option('--pengodean <nama>', 'baca berkas sebagai windows-1252 (bawaan: UTF-8 atau UTF-16 dengan BOM)')
    .option('--periksa', 'hanya periksa dan cetak perbedaannya; tidak menulis apa pun')
    .option('--ganti', 'ganti snapshot yang sudah ada dengan id yang sama')
    .option('--json', 'ringkasan JSON di stdout')
    .option('--bereskan', 'selesaikan atau hapus sisa impor yang terputus, lalu berhenti')
    .exitOverride()
    .configureOutput({ writeOut: (t) => void io.stdout.write(t), writeErr: () => undefined });
  try {
    program.parse(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError && err.code === 'commander.helpDisplayed') return { kode: 0, json: false };
    throw new UsageError(String(err instanceof Error ? err.message : err).replace(/^error: /, ''));
  }
  const o = program.opts<Opsi>();
  if (!existsSync(o.folder)) throw new UsageError(`Folder registri tidak ada: ${o.folder}`);
  if (o.bereskan) {
    const laporan = bereskan(o.folder);
    for (const l of laporan) io.stderr.write(`${l}\n`);
    if (laporan.length === 0) io.stderr.write('Tidak ada sisa impor yang terputus.\n');
    return { kode: 0, json: false };
  }
  const [file] = program.args as [string | undefined];
  if (!file) throw new UsageError('Sebutkan berkas yang diimpor, mis.: npm run -s perekrut:impor -- ekspor.csv --id siskop2mi --tanggal 2026-12-01');
  if (!existsSync(file)) throw new UsageError(`Berkas tidak ditemukan: ${file}`);
  if (o.tanggal !== undefined && !isValidDate(o.tanggal)) throw new UsageError(`--tanggal "${o.tanggal}" bukan tanggal YYYY-MM-DD yang ada.`);
  if (o.tanggal !== undefined && o.tanggal > hariIni()) throw new UsageError(`--tanggal ${o.tanggal} belum terjadi; tulis tanggal ekspor yang sebenarnya.`);
  if (o.jenis && o.jenis !== 'ekspor_resmi' && o.jenis !== 'kompilasi_publik') throw new UsageError('--jenis harus ekspor_resmi atau kompilasi_publik.');
  if (o.pengodean && !(REQUESTABLE_ENCODINGS as readonly string[]).includes(o.pengodean))
    throw new UsageError(`--pengodean harus salah satu dari: ${REQUESTABLE_ENCODINGS.join(', ')}.`);
  const id = (o.id ?? basename(file, extname(file)))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (!id) throw new UsageError('Nama snapshot kosong; pakai --id.');

  const dibereskan = o.periksa ? [] : bereskan(o.folder);
  for (const l of dibereskan) io.stderr.write(`${l}\n`);

  // Ids are compared without case: "KOMPILASI-PUBLIK" is the shipped "kompilasi-publik".
  const ada = readdirSync(o.folder).find((f) => f.toLowerCase() === `${id}.csv`);
  const csvPath = join(o.folder, ada ?? `${id}.csv`);
  const jsonPath = join(o.folder, `${basename(csvPath, '.csv')}.json`);
  if (ada && !o.ganti && !o.periksa) {
    throw new UsageError(`Snapshot "${basename(csvPath, '.csv')}" sudah ada di ${o.folder}. Pakai --periksa untuk melihat perbedaannya, atau --ganti untuk menggantinya.`);
  }
  let lama: Snapshot | undefined;
  if (ada) {
    try {
      lama = loadSnapshot(csvPath);
    } catch (err) {
      if (!(err instanceof InvalidRegistri)) throw err;
      io.stderr.write(`Perhatian: snapshot lama tidak bisa dibaca (${amanTerminal(err.file)}); perbedaan tidak dihitung.\n`);
    }
  }
  if (!ada && !o.tanggal && !o.periksa) throw new UsageError('--tanggal wajib untuk snapshot baru: tanggal data ini diekspor, YYYY-MM-DD.');
  // A check of a new file without --tanggal still refuses events in the future.
  const tanggal = o.tanggal ?? lama?.provenans.tanggal ?? (o.periksa ? hariIni() : '');

  let hasil: ReadResult;
  let pengodean: string | null = null;
  if (extname(file).toLowerCase() === '.xlsx') {
    hasil = await bacaXlsx(file, tanggal);
  } else {
    const dibaca = await bacaCsvAliran(file, tanggal, o.pengodean as 'windows-1252' | undefined);
    if ('galat' in dibaca) throw new GalatBerkas(`${file}: baris ${dibaca.galat.baris}: ${dibaca.galat.alasan}. Tidak ada yang ditulis.`);
    hasil = dibaca.hasil;
    pengodean = dibaca.pengodean;
    if (pengodean !== 'utf-8') io.stderr.write(`Dibaca sebagai ${pengodean === 'windows-1252' ? 'Windows-1252' : pengodean.toUpperCase()}.\n`);
  }
  const ringkasan: Ringkasan = {
    berkas: file,
    id: basename(csvPath, '.csv'),
    pengodean,
    baris: hasil.baris.length,
    galat: hasil.galat,
    peringatan: hasil.peringatan,
    beda: null,
    ditulis: false,
    dibereskan,
  };
  for (const p of hasil.peringatan) io.stderr.write(`${amanTerminal(file)}: baris ${p.baris}: perhatian: ${amanTerminal(p.alasan)}\n`);
  if (hasil.galat.length > 0) {
    for (const g of hasil.galat) io.stderr.write(`${amanTerminal(file)}: baris ${g.baris}: ${amanTerminal(g.alasan)}\n`);
    io.stderr.write(`${hasil.galat.length} masalah di ${amanTerminal(file)}; tidak ada yang ditulis.\n`);
    return { kode: 1, ringkasan, json: Boolean(o.json) };
  }
  if (hasil.baris.length === 0) {
    io.stderr.write(`${amanTerminal(file)} tidak berisi satu baris data pun; tidak ada yang ditulis.\n`);
    return { kode: 1, ringkasan, json: Boolean(o.json) };
  }

  const provenans: Provenans = {
    id: ringkasan.id,
    judul: o.judul ?? lama?.provenans.judul ?? `Ekspor resmi ${ringkasan.id}`,
    jenis: (o.jenis as Provenans['jenis'] | undefined) ?? lama?.provenans.jenis ?? 'ekspor_resmi',
    tanggal,
    asal: o.asal ?? lama?.provenans.asal ?? `Diimpor dari ${basename(file)}`,
    cara_memperbarui:
      lama?.provenans.cara_memperbarui ?? `Minta ekspor terbaru (CSV/XLSX), lalu: npm run -s perekrut:impor -- <berkas> --id ${ringkasan.id} --tanggal <tanggal ekspor> --ganti`,
    catatan: lama?.provenans.catatan ?? '',
    ...(lama?.provenans.lisensi ? { lisensi: lama.provenans.lisensi } : {}),
  };
  const baru: Snapshot = { provenans, baris: hasil.baris };
  const beda = diffSnapshots(lama, baru, hariIni());
  ringkasan.beda = beda;
  const daftar = (judul: string, isi: string[]): string =>
    isi.length ? `${judul} (${isi.length}): ${isi.slice(0, 20).map(amanTerminal).join('; ')}${isi.length > 20 ? '; ...' : ''}` : `${judul}: tidak ada`;
  // People read stdout; with --json it holds only the JSON summary.
  const cetak = (t: string): void => void (o.json ? io.stderr : io.stdout).write(`${t}\n`);
  cetak(`${amanTerminal(file)}: ${hasil.baris.length} baris sah${pengodean ? ` (${pengodean})` : ''}.`);
  cetak(daftar('Ditambah', beda.ditambah));
  cetak(daftar('Dihapus', beda.dihapus));
  cetak(
    daftar(
      'Status berubah',
      beda.berubah.map((b) => `${b.nama}: ${b.dari} → ${b.ke}`),
    ),
  );

  const barisCsv = hasil.baris as unknown as Record<string, string>[];
  const json = `${JSON.stringify(provenans, null, 2)}\n`;
  if (o.periksa) {
    cetak('Hanya diperiksa (--periksa): tidak ada yang ditulis.');
    return { kode: 0, ringkasan, json: Boolean(o.json) };
  }
  if (ada && existsSync(jsonPath) && readFileSync(jsonPath, 'utf8') === json && readFileSync(csvPath, 'utf8') === writeCsv(KOLOM, barisCsv)) {
    cetak('Tidak ada perubahan: snapshot sudah sama persis; tidak ada yang ditulis.');
    return { kode: 0, ringkasan, json: Boolean(o.json) };
  }
  try {
    pasang(o.folder, ringkasan.id, csvChunks(KOLOM, barisCsv), json);
  } catch (err) {
    const pentas = join(o.folder, `${AWALAN_PENTAS}${ringkasan.id}`);
    if (!existsSync(join(pentas, TANDA_SIAP))) rmSync(pentas, { recursive: true, force: true });
    throw new GalatBerkas(`Tidak bisa menulis snapshot ke ${pentas} (${err instanceof Error ? err.message : String(err)}); snapshot lama tidak berubah.`);
  }
  ringkasan.ditulis = true;
  cetak(`Ditulis ${amanTerminal(csvPath)} (${hasil.baris.length} baris) dan ${basename(jsonPath)}.`);
  return { kode: 0, ringkasan, json: Boolean(o.json) };
}

/** The command: `argv` without node and the script; writes only to `io`; returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const { kode, ringkasan, json } = await impor(argv, io);
    if (json && ringkasan) io.stdout.write(`${JSON.stringify(ringkasan)}\n`);
    return kode;
  } catch (err) {
    if (!(err instanceof GalatBerkas)) throw err;
    io.stderr.write(`${amanTerminal(err.message)}\n`);
    return 1;
  }
}

runAsCommand(import.meta.url, main);
