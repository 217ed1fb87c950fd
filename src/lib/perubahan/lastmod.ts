/**
 * The date each published page last changed, for the sitemap's `lastmod` (build time only): the
 * later of the page's own `diperbarui` and the newest change note that names it
 * (data/perubahan.json), so search engines and readers see the same dates.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontMatter } from '../content/front-matter';
import { latestByPage, type DataPerubahan } from './index';

/** `sop/lapor-rt.mdx` → `/sop/lapor-rt`; `sop/index.mdx` → `/sop`. */
export function pathOfDoc(file: string): string {
  const p = `/${file.replace(/\\/g, '/').replace(/\.mdx?$/, '')}`.replace(/\/index$/, '');
  return p === '' ? '/' : p;
}

/** Page address (without base URL or locale) → YYYY-MM-DD. */
export function lastmodByPage(siteDir: string, perubahan: DataPerubahan): Map<string, string> {
  const dir = join(siteDir, 'docs');
  const out = latestByPage(perubahan.perubahan);
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir, { recursive: true }) as string[]) {
    if (!/\.mdx?$/.test(f) || f.split(/[\\/]/).some((x) => x.startsWith('_'))) continue;
    const d = readFrontMatter(readFileSync(join(dir, f), 'utf8')).diperbarui;
    const path = pathOfDoc(f);
    if (typeof d === 'string' && d > (out.get(path) ?? '')) out.set(path, d);
  }
  return out;
}
