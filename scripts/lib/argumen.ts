/**
 * Options for the small maintenance commands (wilayah:impor, url:perbarui, konten:periksa), read
 * strictly: `--help` prints the usage and returns undefined before anything is read or written
 * (the command then exits 0); an unknown option is a usage error (one sentence, exit 2).
 */
import { parseArgs } from 'node:util';
import { UsageError, type Io } from './cli';

export function readOptions<T extends Record<string, { type: 'boolean' }>>(argv: string[], petunjuk: string, opsi: T, io: Io): { [K in keyof T]?: boolean } | undefined {
  let nilai: Record<string, unknown>;
  try {
    nilai = parseArgs({ args: argv, options: { ...opsi, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false }).values;
  } catch (err) {
    const nama = /'([^']+)'/.exec(err instanceof Error ? err.message : '')?.[1] ?? String(err);
    const kode = (err as { code?: string }).code;
    throw new UsageError(kode === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' ? `Argumen tidak dikenal: ${nama}. Lihat --help.` : `Opsi tidak dikenal: ${nama}. Lihat --help.`);
  }
  if (nilai.help === true) {
    io.stdout.write(`${petunjuk}\n`);
    return undefined;
  }
  return nilai as { [K in keyof T]?: boolean };
}
