/**
 * Which kind of content a docs file is, from its path. Kept free of the schemas so the browser
 * can use it without downloading them.
 */
import type { JenisKonten } from './schema';

/** A file's path inside the docs tree, with `/` separators: `sop/lapor-rt.md`. */
export function jalurDoc(filePath: string): string | undefined {
  const p = filePath.replace(/\\/g, '/');
  const m = /(?:^|\/)(?:docs|i18n\/[^/]+\/docusaurus-plugin-content-docs\/current)\/(.+\.mdx?)$/.exec(p);
  return m?.[1];
}

const FOLDER_JENIS: Record<string, JenisKonten> = {
  regulasi: 'regulasi',
  sop: 'sop',
  pelatihan: 'pelatihan',
};

/** Folder decides the kind; a folder's `index` page introduces it and is a general page. */
export function jenisKonten(jalur: string): JenisKonten {
  const bagian = jalur.split('/');
  const nama = bagian[bagian.length - 1] ?? '';
  if (bagian.length < 2 || /^index\.mdx?$/.test(nama)) return 'halaman';
  return FOLDER_JENIS[bagian[0] ?? ''] ?? 'halaman';
}
