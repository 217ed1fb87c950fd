/**
 * Records every published page address and section anchor of the built site, both editions, as
 * the build listed them (build/alamat-terbit.json and build/en/alamat-terbit.json), in tests/url-terbit.json. Trainers print these in handouts and QR codes, so the site test fails
 * when one of them disappears. Run after adding pages: npm run build && npm run url:perbarui.
 * A page that moves keeps its old address through a redirect (docusaurus.config.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADDRESS_FILE } from '../src/lib/web/published-addresses';
import { readOptions } from './lib/argumen';
import { UsageError, runAsCommand, type Io } from './lib/cli';
import { tulisAtomik } from './lib/tulis-atomik';

const ROOT = join(import.meta.dirname, '..');
const BUILD = join(ROOT, 'build');
const FILE = join(ROOT, 'tests', 'url-terbit.json');

/** The addresses the build published (each locale's `alamat-terbit.json`, written by src/plugins/terbit). */
export function urlTerbit(build: string): Record<string, string[]> {
  const file = join(build, ADDRESS_FILE);
  if (!existsSync(file)) throw new UsageError(`Tidak ada ${ADDRESS_FILE} di ${build}; jalankan \`npm run build\` dulu.`);
  const en = join(build, 'en', ADDRESS_FILE);
  return {
    ...(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>),
    ...(existsSync(en) ? (JSON.parse(readFileSync(en, 'utf8')) as Record<string, string[]>) : {}),
  };
}

/** The command: `argv` without node and the script; writes only to `io`; returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const opsi = readOptions(
    argv,
    'Pakai: npm run url:perbarui\nSesudah `npm run build`: menambahkan halaman dan jangkar baru ke tests/url-terbit.json (menolak bila ada yang hilang).',
    {},
    io,
  );
  if (!opsi) return 0;
  if (!existsSync(BUILD)) throw new UsageError('Tidak ada build/; jalankan `npm run build` dulu.');
  const lama = existsSync(FILE) ? (JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, string[]>) : {};
  const baru = urlTerbit(BUILD);
  // Addresses are only ever added: a vanished one must be restored or redirected, not forgotten.
  const hilang = Object.entries(lama).flatMap(([u, ids]) => (baru[u] ? ids.filter((i) => !baru[u]?.includes(i)).map((i) => `${u}#${i}`) : [u]));
  if (hilang.length > 0) {
    io.stderr.write(`Alamat yang sudah terbit hilang dari build: ${hilang.join(', ')}. Pulihkan, atau buat pengalihan.\n`);
    return 1;
  }
  tulisAtomik(FILE, `${JSON.stringify({ ...lama, ...baru }, null, 2)}\n`);
  io.stdout.write(`tests/url-terbit.json: ${Object.keys(baru).length} halaman, ${Object.values(baru).flat().length} jangkar.\n`);
  return 0;
}

runAsCommand(import.meta.url, main);
