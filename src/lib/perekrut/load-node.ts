/**
 * Node-only: reads every registry snapshot in a folder (each `<id>.csv` with its provenance
 * `<id>.json`). Used by the site build and the command-line tools; browsers receive the
 * registry the build made from these files. Every failure names its file (and line).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readRegistriCsv, type RowError } from './csv';
import { decode } from './decode';
import type { Provenans, Snapshot } from './registri';
import { masalahProvenans } from './schema';

export class InvalidRegistri extends Error {
  constructor(
    readonly file: string,
    readonly galat: RowError[],
  ) {
    super(`${file}: ${galat.length} baris tidak sah:\n${galat.map((g) => `  baris ${g.baris}: ${g.alasan}`).join('\n')}`);
    this.name = 'InvalidRegistri';
  }
}

/** An interrupted import leaves its staging folder `.impor-<id>` beside the snapshots. */
export const AWALAN_PENTAS = '.impor-';
/** Written into the staging folder once both files are complete: from then on, finish; before, discard. */
export const TANDA_SIAP = 'SIAP';

function bacaProvenans(jsonPath: string, id: string): Provenans {
  // Without its provenance a file is a public compilation: only an official export can make a
  // name `terdaftar`, and nothing says this one is.
  if (!existsSync(jsonPath)) return { id, judul: `${id}.csv`, jenis: 'kompilasi_publik', tanggal: '', asal: `${id}.csv`, cara_memperbarui: '', catatan: 'tanpa berkas provenans' };
  let provenans: Provenans;
  try {
    provenans = JSON.parse(readFileSync(jsonPath, 'utf8')) as Provenans;
  } catch (err) {
    throw new InvalidRegistri(jsonPath, [{ baris: 1, alasan: `JSON tidak bisa dibaca: ${err instanceof Error ? err.message : String(err)}` }]);
  }
  if (provenans === null || typeof provenans !== 'object' || Array.isArray(provenans)) throw new InvalidRegistri(jsonPath, [{ baris: 1, alasan: 'harus satu objek JSON' }]);
  const masalah = masalahProvenans(provenans);
  if (masalah) throw new InvalidRegistri(jsonPath, [{ baris: 1, alasan: masalah }]);
  // The file name is the snapshot's id (its published address is /data/perekrut/<id>.csv).
  return { ...provenans, id };
}

/** One snapshot file; its provenance is the .json beside it (or, without one, a public compilation). */
export function loadSnapshot(file: string): Snapshot {
  if (statSync(file).isDirectory()) throw new InvalidRegistri(file, [{ baris: 1, alasan: 'ini folder, bukan berkas CSV' }]);
  const id = basename(file, '.csv');
  const provenans = bacaProvenans(join(dirname(file), `${id}.json`), id);
  const teks = decode(readFileSync(file));
  if (!teks.ok) throw new InvalidRegistri(file, [{ baris: teks.baris, alasan: teks.alasan }]);
  const { baris, galat } = readRegistriCsv(teks.teks, { tanggalSnapshot: provenans.tanggal || undefined });
  if (galat.length > 0) throw new InvalidRegistri(file, galat);
  if (baris.length === 0) throw new InvalidRegistri(file, [{ baris: 1, alasan: 'registri tanpa satu baris data pun' }]);
  return { provenans, baris };
}

export function loadRegistriFolder(folder: string): Snapshot[] {
  const berkas = readdirSync(folder);
  const terputus = berkas.filter((f) => f.startsWith(AWALAN_PENTAS) && existsSync(join(folder, f, TANDA_SIAP)));
  if (terputus.length > 0) {
    throw new InvalidRegistri(join(folder, terputus[0] as string), [
      { baris: 1, alasan: 'sebuah impor terputus di tengah jalan; jalankan `npm run perekrut:impor -- --bereskan` untuk menyelesaikannya' },
    ]);
  }
  return berkas
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map((f) => loadSnapshot(join(folder, f)));
}
