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
  const { baris, galat } = bacaCsvRegistri(readFileSync(file, 'utf8'));
  if (galat.length > 0) throw new RegistriTidakSah(file, galat);
  const jsonPath = join(dirname(file), `${basename(file, '.csv')}.json`);
  const provenans: Provenans = existsSync(jsonPath)
    ? (JSON.parse(readFileSync(jsonPath, 'utf8')) as Provenans)
    : { id: basename(file, '.csv'), judul: basename(file), jenis: 'kompilasi_publik', tanggal: '', asal: file, cara_memperbarui: '', catatan: 'tanpa berkas provenans' };
  return { provenans, baris };
}

export function muatFolderRegistri(folder: string): Snapshot[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map((f) => muatSnapshot(join(folder, f)));
}
