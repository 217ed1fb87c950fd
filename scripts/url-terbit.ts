/**
 * Records every published page address and section anchor of the built site (Indonesian) in
 * tests/url-terbit.json. Trainers print these in handouts and QR codes, so the site test fails
 * when one of them disappears. Run after adding pages: npm run build && npm run url:perbarui.
 * A page that moves keeps its old address through a redirect (docusaurus.config.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { atribut, bacaHtml, letak, satu, semua } from '../src/lib/web/html';
import { bacaArgumen } from './lib/argumen';
import { GalatPakai, jalankanSebagaiPerintah, type Io } from './lib/cli';
import { tulisAtomik } from './lib/tulis-atomik';

const ROOT = join(import.meta.dirname, '..');
const BUILD = join(ROOT, 'build');
const FILE = join(ROOT, 'tests', 'url-terbit.json');

export function urlTerbit(build: string): Record<string, string[]> {
  const hasil: Record<string, string[]> = {};
  const jalan = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (!['assets', 'en', 'img', 'cari'].includes(e.name) || dir !== build) jalan(p);
        continue;
      }
      if (!e.name.endsWith('.html') || e.name === '404.html') continue;
      const pohon = bacaHtml(readFileSync(p, 'utf8'));
      // Only doc pages: they carry the article; redirect stubs and the search page do not.
      const artikel = satu(pohon, '.theme-doc-markdown');
      if (!artikel) continue;
      const url = `/${relative(build, p)
        .replace(/\\/g, '/')
        .replace(/(\/index)?\.html$/, '')}`;
      // Every section heading from the article on (the sources box's own heading is no section).
      const mulai = letak(artikel).dari;
      const ids = semua(pohon, 'h2[id], h3[id]')
        .filter((h) => letak(h).dari >= mulai)
        .map((h) => atribut(h, 'id') as string)
        .filter((id) => id !== 'info-sumber-judul');
      hasil[url] = [...new Set(ids)].sort();
    }
  };
  jalan(build);
  return Object.fromEntries(Object.entries(hasil).sort(([a], [b]) => a.localeCompare(b)));
}

/** The command: `argv` without node and the script; writes only to `io`; returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const opsi = bacaArgumen(
    argv,
    'Pakai: npm run url:perbarui\nSesudah `npm run build`: menambahkan halaman dan jangkar baru ke tests/url-terbit.json (menolak bila ada yang hilang).',
    {},
    io,
  );
  if (!opsi) return 0;
  if (!existsSync(BUILD)) throw new GalatPakai('Tidak ada build/; jalankan `npm run build` dulu.');
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

jalankanSebagaiPerintah(import.meta.url, main);
