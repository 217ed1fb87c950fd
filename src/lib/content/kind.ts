/**
 * Which kind of content a docs file is, from its path. Kept free of the schemas so the browser
 * can use it without downloading them.
 */
import type { JenisKonten } from './schema';

/** A file's path inside the docs tree, with `/` separators: `sop/lapor-rt.md`. */
export function docPath(filePath: string): string | undefined {
  const p = filePath.replace(/\\/g, '/');
  const m = /(?:^|\/)(?:docs|i18n\/[^/]+\/docusaurus-plugin-content-docs\/current)\/(.+\.mdx?)$/.exec(p);
  return m?.[1];
}

const FOLDER_JENIS: Record<string, JenisKonten> = {
  regulasi: 'regulasi',
  sop: 'sop',
  pelatihan: 'pelatihan',
  perekrut: 'perekrut',
};

/**
 * Folder decides the kind. A folder's `index` page introduces it and is a general page, except
 * in the recruiter folder, whose kind has no front matter of its own: its index is a recruiter
 * page too (search facet "Perekrut", print button).
 */
export function jenisKonten(jalur: string): JenisKonten {
  const bagian = jalur.split('/');
  const nama = bagian[bagian.length - 1] ?? '';
  const jenis = bagian.length < 2 ? undefined : FOLDER_JENIS[bagian[0] ?? ''];
  if (!jenis || (/^index\.mdx?$/.test(nama) && jenis !== 'perekrut')) return 'halaman';
  return jenis;
}
