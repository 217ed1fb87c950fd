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
import { compareFacts, isStale, translations, untranslated } from '../src/lib/content/translation';
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
  return checkContent(ROOT, io);
}

/** Checks the site whose folder is `root`; writes the report to `io`; returns the exit code (1: problems found). */
export async function checkContent(root: string, io: Io): Promise<number> {
  const i18nDirs = readdirSync(join(root, 'i18n'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(root, 'i18n', d.name, 'docusaurus-plugin-content-docs', 'current'));
  const semua = [join(root, 'docs'), ...i18nDirs].flatMap(fileMarkdown);
  const galat: string[] = [];
  let diperiksa = 0;

  for (const abs of semua) {
    const file = relative(root, abs);
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

  // Translations: each names the Indonesian revision it follows; a current one carries the same
  // facts; a stale one (the Indonesian page changed since) is listed, not refused: its page says so.
  const usang: string[] = [];
  for (const t of translations(root)) {
    if (!t.terjemahanDari) {
      galat.push(`${t.file}: terjemahan tanpa terjemahan_dari; tulis sidik ${t.sumber} (npm run terjemahan:sidik -- ${t.sumber}).`);
    } else if (isStale(t)) {
      usang.push(`${t.file}: ${t.sumber} berubah sesudah diterjemahkan (sidik ${t.terjemahanDari}, sekarang ${t.revisi}); perbarui terjemahannya.`);
    } else {
      const beda = compareFacts(readFileSync(join(root, t.sumber), 'utf8'), readFileSync(join(root, t.file), 'utf8'));
      galat.push(...beda.map((b) => `${t.file}: fakta berbeda dari ${t.sumber}: ${b}`));
    }
  }
  const belum = untranslated(root);

  for (const file of Object.keys(FILE_DATA)) {
    diperiksa += 1;
    galat.push(...periksaData(file, existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : undefined));
  }

  const catatan = [
    ...(usang.length ? [`Terjemahan perlu diperbarui (${usang.length}):`, ...usang.map((u) => `  ${u}`)] : []),
    ...(belum.length ? [`Belum diterjemahkan (${belum.length}): ${belum.join(', ')}`] : []),
  ];
  if (catatan.length) io.stdout.write(`${catatan.join('\n')}\n`);
  if (galat.length > 0) {
    io.stderr.write(`${galat.join('\n')}\n\n${galat.length} masalah.\n`);
    return 1;
  }
  io.stdout.write(`${diperiksa} file konten dan data diperiksa: semua sah.\n`);
  return 0;
}

runAsCommand(import.meta.url, main);
