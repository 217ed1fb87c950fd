/**
 * A built page as the tests read it: a tree (src/lib/web/html), so no test depends on how the
 * minifier quotes attributes or orders them. `halaman('sop/lapor-rt')` reads
 * build/sop/lapor-rt.html (or .../index.html); `dir` reads another build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml, type Root } from '../../src/lib/web/html';

export { attribute, selectOne, selectAll, textOf, type Element, type Root } from '../../src/lib/web/html';

/** The file of a page path ('' for the home page), or undefined when the build has none. */
export function berkasHalaman(jalur: string, dir = join(process.cwd(), 'build')): string | undefined {
  const rel = jalur.replace(/^\/+|\/+$/g, '');
  return (rel === '' ? [join(dir, 'index.html')] : [join(dir, `${rel}.html`), join(dir, rel, 'index.html')]).find((f) => existsSync(f));
}

export function halaman(jalur: string, dir?: string): Root {
  const file = berkasHalaman(jalur, dir);
  if (!file) throw new Error(`tidak ada halaman ${jalur} di build`);
  return parseHtml(readFileSync(file, 'utf8'));
}

/** Every id on a page. */
export function idHalaman(pohon: Root): Set<string> {
  const ids = new Set<string>();
  const jalan = (n: Root | Root['children'][number]): void => {
    if (n.type === 'element' && typeof n.properties.id === 'string') ids.add(n.properties.id);
    if ('children' in n) for (const a of n.children) jalan(a);
  };
  jalan(pohon);
  return ids;
}
