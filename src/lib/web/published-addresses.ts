/**
 * The published addresses of a locale: every docs page and the anchors of its sections, which
 * trainers print in handouts and QR codes. The finishing step (src/plugins/terbit) takes them
 * from each page's tree as it reads it and writes them to `alamat-terbit.json` in the build;
 * `npm run url:perbarui` and a site test compare that file with tests/url-terbit.json.
 */
import { attribute, position, selectOne, selectAll, type Root } from './html';

export const ADDRESS_FILE = 'alamat-terbit.json';

/** The section anchors of a built docs page, sorted; undefined for a page with no article. */
export function halamanAnchors(pohon: Root): string[] | undefined {
  // Only doc pages carry the article; redirect stubs and the search page do not.
  const artikel = selectOne(pohon, '.theme-doc-markdown');
  if (!artikel) return undefined;
  // Every section heading from the article on (the sources box's own heading is no section).
  const mulai = position(artikel).dari;
  const ids = selectAll(pohon, 'h2[id], h3[id]')
    .filter((h) => position(h).dari >= mulai)
    .map((h) => attribute(h, 'id') as string)
    .filter((id) => id !== 'info-sumber-judul');
  return [...new Set(ids)].sort();
}
