/**
 * Reads a page's YAML front matter as text-faithful data. The YAML core schema keeps
 * `2026-02-30` a string instead of silently rolling it over to 2 March, so a bad date
 * is reported rather than published.
 */
import { CORE_SCHEMA, load } from 'js-yaml';

const BLOK = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function readFrontMatter(fileContent: string): Record<string, unknown> {
  const m = BLOK.exec(fileContent.replace(/^\uFEFF/, ''));
  if (!m) return {};
  const data = load(m[1] ?? '', { schema: CORE_SCHEMA });
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error('front matter harus berupa daftar field: nilai');
  return data as Record<string, unknown>;
}
