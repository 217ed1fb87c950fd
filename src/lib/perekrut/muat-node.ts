/**
 * Node-only: reads every registry snapshot in a folder (each `<id>.csv` with its provenance
 * `<id>.json`). Used by the site build and the command-line tools; browsers receive the
 * registry the build made from these files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { bacaCsvRegistri, type GalatBaris } from './csv';
import type { Provenans, Snapshot } from './registri';

export class RegistriTidakSah extends Error {
  constructor(
    readonly file: string,
    readonly galat: GalatBaris[],
  ) {
    super(`${file}: ${galat.length} baris tidak sah:\n${galat.map((g) => `  baris ${g.baris}: ${g.alasan}`).join('\n')}`);
    this.name = 'RegistriTidakSah';
  }
}

/** One snapshot file; its provenance is the .json beside it (or a minimal one naming the file). */
export function muatSnapshot(file: string): Snapshot {
  const jsonPath = join(dirname(file), `${basename(file, '.csv')}.json`);
  // Without its provenance a file is a public compilation: only an official export can make a
  // name `terdaftar`, and nothing says this one is.
  const provenans: Provenans = existsSync(jsonPath)
    ? (JSON.parse(readFileSync(jsonPath, 'utf8')) as Provenans)
    : { id: basename(file, '.csv'), judul: basename(file), jenis: 'kompilasi_publik', tanggal: '', asal: file, cara_memperbarui: '', catatan: 'tanpa berkas provenans' };
  // The file name is the snapshot's id (its published address is /data/perekrut/<id>.csv).
  provenans.id = basename(file, '.csv');
  if (provenans.jenis !== 'ekspor_resmi' && provenans.jenis !== 'kompilasi_publik') {
    throw new RegistriTidakSah(jsonPath, [{ baris: 1, alasan: `"jenis" harus "ekspor_resmi" atau "kompilasi_publik", bukan "${String(provenans.jenis)}"` }]);
  }
  const { baris, galat } = bacaCsvRegistri(readFileSync(file, 'utf8'), { tanggalSnapshot: provenans.tanggal || undefined });
  if (galat.length > 0) throw new RegistriTidakSah(file, galat);
  return { provenans, baris };
}

export function muatFolderRegistri(folder: string): Snapshot[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map((f) => muatSnapshot(join(folder, f)));
}
