/**
 * Publishes a short list of the current locale's pages (title, description, link, kind,
 * verification) as global data, for the home page and /cari. The Indonesian search
 * index (lunr) will replace /cari's simple matching; this list stays small on purpose.
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { LoadedContent } from '@docusaurus/plugin-content-docs';
import { jalurDoc, jenisKonten } from '../../lib/content/validate';
import type { RingkasHalaman } from '../../lib/content/ringkas';

export default function pluginDaftarHalaman(_context: LoadContext): Plugin {
  return {
    name: 'daftar-halaman',
    async allContentLoaded({ allContent, actions }) {
      const docs = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
      const halaman: RingkasHalaman[] = (docs?.loadedVersions ?? []).flatMap((versi) =>
        versi.docs.map((doc) => ({
          judul: doc.title,
          deskripsi: doc.description,
          tautan: doc.permalink,
          jenis: jenisKonten(jalurDoc(doc.source) ?? ''),
          verifikasi: String(doc.frontMatter.verifikasi ?? ''),
        })),
      );
      actions.setGlobalData({ halaman } satisfies { halaman: RingkasHalaman[] });
    },
  };
}
