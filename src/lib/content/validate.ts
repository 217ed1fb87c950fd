/**
 * Decides which schema a content file answers to and checks its front matter. Used by the
 * Docusaurus `markdown.parseFrontMatter` hook (so a bad page fails the build) and by
 * `npm run konten:periksa` (so authors see every problem at once).
 */
import type { z } from 'zod';
import { splitFrontMatter } from './front-matter';
import { schemaPerJenis, type FrontMatterKonten, type JenisKonten } from './schema';
import { docPath, jenisKonten } from './kind';

export { docPath, jenisKonten };

export class InvalidContent extends Error {
  constructor(
    readonly file: string,
    readonly masalah: { field: string; pesan: string }[],
  ) {
    super(`Front matter tidak sah di ${file}:\n${masalah.map((m) => `  - ${m.field}: ${m.pesan}`).join('\n')}\n` + 'Lihat templat di docs/_templat/ untuk bentuk yang benar.');
    this.name = 'InvalidContent';
  }
}

function namaField(issue: z.core.$ZodIssue): string {
  if (issue.path.length === 0) return '(front matter)';
  return issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

function nilaiDi(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

function pesanIssue(issue: z.core.$ZodIssue, data: Record<string, unknown>): string {
  if (issue.path.length > 0 && issue.code !== 'custom' && nilaiDi(data, issue.path) === undefined) {
    return 'wajib ada, tetapi tidak ditemukan';
  }
  if (issue.code === 'unrecognized_keys') return `field tidak dikenal: ${issue.keys.join(', ')}`;
  return issue.message;
}

/**
 * Returns the front matter with dates normalised to `YYYY-MM-DD` strings, or throws
 * InvalidContent naming the file and every bad field.
 */
export function checkFrontMatter(file: string, data: Record<string, unknown>, jenis: JenisKonten = jenisKonten(docPath(file) ?? '')): FrontMatterKonten & Record<string, unknown> {
  const hasil = schemaPerJenis[jenis].safeParse(data);
  if (!hasil.success) {
    throw new InvalidContent(
      file,
      hasil.error.issues.map((issue) => ({ field: namaField(issue), pesan: pesanIssue(issue, data) })),
    );
  }
  return { ...data, ...hasil.data };
}

/** A path as problems name it: relative to the project (the working directory), `/` separators. */
export function projectPath(filePath: string): string {
  return filePath.replace(/\\/g, '/').replace(`${process.cwd().replace(/\\/g, '/')}/`, '');
}

/** True for files the content rules apply to (docs of every locale; not templates or partials). */
export function hasSchema(file: string): boolean {
  const jalur = docPath(file);
  if (!jalur) return false;
  return !jalur.split('/').some((seg) => seg.startsWith('_'));
}

/**
 * Reads one file once: its checked front matter and the text after it. Throws InvalidContent
 * naming the file and every bad field.
 */
export function readPage(file: string, fileContent: string, jenis?: JenisKonten): { frontMatter: FrontMatterKonten & Record<string, unknown>; content: string } {
  let parts: ReturnType<typeof splitFrontMatter>;
  try {
    parts = splitFrontMatter(fileContent);
  } catch (err) {
    throw new InvalidContent(file, [{ field: '(front matter)', pesan: `YAML tidak bisa dibaca: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}` }]);
  }
  return { frontMatter: checkFrontMatter(file, parts.data, jenis), content: parts.content };
}

/** Reads and checks one file's front matter; throws InvalidContent naming the file. */
export function checkFile(file: string, fileContent: string, jenis?: JenisKonten): FrontMatterKonten & Record<string, unknown> {
  return readPage(file, fileContent, jenis).frontMatter;
}
