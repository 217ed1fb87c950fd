/**
 * Searches the built index from the command line, with the same code as the search box.
 *   npm run cari -- "cara melapor"            readable results
 *   npm run cari -- --json "pasal 2 uu 21"    { "query", "results": [{ "url", "title", "kind", "revoked"?, "score" }] }
 *   --locale en    the English site's index      --build DIR   another build folder
 * Exit: 0 with results, 1 with none, 2 usage error or no built index.
 */
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { muatIndeksBuild } from './lib/muat-indeks-cari';
import { UsageError, runAsCommand, type Io } from './lib/cli';

const ROOT = join(import.meta.dirname, '..');

/** The command: `argv` without node and the script; writes only to `io`; returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const program = new Command()
    .name('cari')
    .argument('[kueri...]', 'kata yang dicari')
    .option('--json', 'keluaran JSON')
    .option('--locale <locale>', 'id atau en', 'id')
    .option('--build <dir>', 'folder hasil build', join(ROOT, 'build'))
    .option('--batas <n>', 'jumlah hasil paling banyak', '10')
    .exitOverride()
    .configureOutput({ writeOut: (t) => void io.stdout.write(t), writeErr: () => undefined });
  try {
    program.parse(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError && err.code === 'commander.helpDisplayed') return 0;
    throw new UsageError(err instanceof Error ? err.message.replace(/^error: /, '') : String(err), { cause: err });
  }
  const o = program.opts<{ json?: boolean; locale: string; build: string; batas: string }>();
  const kueri = (program.args as string[]).join(' ').trim();
  if (!kueri) throw new UsageError('Tulis kata yang dicari, mis.: npm run cari -- "cara melapor"');
  if (o.locale !== 'id' && o.locale !== 'en') throw new UsageError('--locale harus id atau en.');
  const pencari = await muatIndeksBuild(o.locale === 'en' ? join(o.build, 'en') : o.build);
  const hasil = await pencari.cari(kueri, { batas: Number(o.batas) || 10 });
  if (o.json) {
    const results = hasil.map((h) => ({
      url: h.dokumen.url,
      title: h.dokumen.bagian ? `${h.dokumen.judul} › ${h.dokumen.bagian}` : h.dokumen.judul,
      kind: h.dokumen.jenis,
      ...(h.dokumen.dicabut ? { revoked: true } : {}),
      score: Math.round(h.skor * 1000) / 1000,
    }));
    io.stdout.write(`${JSON.stringify({ query: kueri, results })}\n`);
  } else if (hasil.length === 0) {
    io.stdout.write(`Tidak ada hasil untuk "${kueri}".\n`);
  } else {
    hasil.forEach((h, i) => {
      io.stdout.write(
        `${i + 1}. [${h.dokumen.jenis}]${h.dokumen.dicabut ? ' DICABUT' : ''} ${h.dokumen.judul}${h.dokumen.bagian ? ` › ${h.dokumen.bagian}` : ''}\n   ${h.dokumen.url}\n   ${h.dokumen.cuplikan}\n`,
      );
    });
  }
  return hasil.length > 0 ? 0 : 1;
}

runAsCommand(import.meta.url, main);
