/**
 * Reads a page's YAML front matter as text-faithful data. The YAML core schema keeps
 * `2026-02-30` a string instead of silently rolling it over to 2 March, so a bad date
 * is reported rather than published.
 */
import { CORE_SCHEMA, load } from 'js-yaml';

const BLOK = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** The front matter's fields and the text after it (trimmed, as Docusaurus' own parser returns it). */
export function splitFrontMatter(fileContent: string): { data: Record<string, unknown>; content: string } {
  const text = fileContent.replace(/^\uFEFF/, '');
  const m = BLOK.exec(text);
  if (!m) return { data: {}, content: text.trim() };
  const content = text.slice(m[0].length).trim();
  const data = load(m[1] ?? '', { schema: CORE_SCHEMA });
  if (data === null || data === undefined) return { data: {}, content };
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error('front matter harus berupa daftar field: nilai');
  return { data: data as Record<string, unknown>, content };
}

export function readFrontMatter(fileContent: string): Record<string, unknown> {
  return splitFrontMatter(fileContent).data;
}
