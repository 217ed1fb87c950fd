/**
 * Prints the revision of an Indonesian page (src/lib/content/translation: `revisionOf`), the value
 * its English translation writes as `terjemahan_dari` when it is brought up to date.
 *   npm run terjemahan:sidik -- docs/sop/lapor-rt.mdx
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { revisionOf } from '../src/lib/content/translation';
import { UsageError, runAsCommand, type Io } from './lib/cli';

const ROOT = join(import.meta.dirname, '..');

/** The command: `argv` without node and the script; writes only to `io`; returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout.write('Pakai: npm run terjemahan:sidik -- docs/<halaman>.md(x) ...\nMencetak sidik halaman Indonesia, untuk terjemahan_dari di terjemahannya.\n');
    return 0;
  }
  if (argv.length === 0) throw new UsageError('Sebutkan halaman Indonesia, mis.: npm run terjemahan:sidik -- docs/sop/lapor-rt.mdx');
  for (const f of argv) {
    if (!/^docs\/.+\.mdx?$/.test(f) || !existsSync(join(ROOT, f))) throw new UsageError(`${f} bukan halaman di docs/.`);
    io.stdout.write(`${f}: terjemahan_dari: ${revisionOf(readFileSync(join(ROOT, f)))}\n`);
  }
  return 0;
}

runAsCommand(import.meta.url, main);
