/**
 * Checks the front matter of every content page in every locale, the same way the build
 * does (src/lib/content), and reports all problems at once. Also checks that the templates
 * in docs/_templat/ still pass their own schema, and each published body (no `# title`, no
 * `GANTI:` left from a template).
 * Usage: npm run konten:periksa
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { hasSchema, JENIS_KONTEN, InvalidContent, checkFile, checkBody, type JenisKonten } from '../src/lib/content';
import { FILE_DATA, periksaData } from '../src/lib/data';
import { readOptions } from './lib/argumen';
import { runAsCommand, type Io } from './lib/cli';

const ROOT = join(import.meta.dirname, '..');

function fileMarkdown(dir: string): string[] {
  let isi: string[];
  try {
    isi = readdirSync(dir, { recursive: true }) as string[];
  } catch {
    return [];
  }
  return isi.filter((f) => /\.mdx?$/.test(f)).map((f) => join(dir, f));
}

/** The command: `argv` without node and the script; writes only to `io`; returns the exit code (1: problems found). */
export async function main(argv: string[], io: Io): Promise<number> {
  if (
    !readOptions(
      argv,
      'Pakai: npm run konten:periksa\nMemeriksa front matter dan isi setiap halaman di setiap bahasa, templat, dan setiap berkas data; menyebut semua masalah sekaligus.',
      {},
      io,
    )
  )
    return 0;
  const i18nDirs = readdirSync(join(ROOT, 'i18n'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(ROOT, 'i18n', d.name, 'docusaurus-plugin-content-docs', 'current'));
  const semua = [join(ROOT, 'docs'), ...i18nDirs].flatMap(fileMarkdown);
  const galat: string[] = [];
  let diperiksa = 0;

  for (const abs of semua) {
    const file = relative(ROOT, abs);
    const fileContent = readFileSync(abs, 'utf8');
    const templat = /(^|\/)_templat\/([^/]+)\.md$/.exec(file.replace(/\\/g, '/'));
    if (!templat && !hasSchema(file)) continue;
    diperiksa += 1;
    try {
      const jenis = templat?.[2];
      if (templat && jenis && (JENIS_KONTEN as readonly string[]).includes(jenis)) {
        checkFile(file, fileContent, jenis as JenisKonten);
      } else if (!templat) {
        checkFile(file, fileContent);
        galat.push(...(await checkBody(file, fileContent)));
      }
    } catch (err) {
      galat.push(err instanceof InvalidContent ? err.message : `${file}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  for (const file of Object.keys(FILE_DATA)) {
    diperiksa += 1;
    galat.push(...periksaData(file, existsSync(join(ROOT, file)) ? readFileSync(join(ROOT, file), 'utf8') : undefined));
  }

  if (galat.length > 0) {
    io.stderr.write(`${galat.join('\n')}\n\n${galat.length} dari ${diperiksa} file bermasalah.\n`);
    return 1;
  }
  io.stdout.write(`${diperiksa} file konten dan data diperiksa: semua sah.\n`);
  return 0;
}

runAsCommand(import.meta.url, main);
