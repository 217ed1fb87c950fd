/**
 * Options for the small maintenance commands (wilayah:impor, url:perbarui), read strictly:
 * `--help` prints the usage and exits 0 before anything is read or written; an unknown option
 * exits 2 with one sentence.
 */
import { parseArgs } from 'node:util';

export function bacaArgumen<T extends Record<string, { type: 'boolean' }>>(petunjuk: string, opsi: T): { [K in keyof T]?: boolean } {
  let nilai: Record<string, unknown>;
  try {
    nilai = parseArgs({ options: { ...opsi, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false }).values;
  } catch (err) {
    const nama = /'([^']+)'/.exec(err instanceof Error ? err.message : '')?.[1] ?? String(err);
    const kode = (err as { code?: string }).code;
    console.error(kode === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' ? `Argumen tidak dikenal: ${nama}. Lihat --help.` : `Opsi tidak dikenal: ${nama}. Lihat --help.`);
    process.exit(2);
  }
  if (nilai.help === true) {
    console.log(petunjuk);
    process.exit(0);
  }
  return nilai as { [K in keyof T]?: boolean };
}
