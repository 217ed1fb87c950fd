/** Names of result groups (content kinds), translated. */
import { translate } from '@docusaurus/Translate';
import type { DocumentKind } from '@site/src/lib/search/compact-index';

export const URUTAN_JENIS: DocumentKind[] = ['kontak', 'sop', 'regulasi', 'perekrut', 'pelatihan', 'halaman'];

export function labelJenis(): Record<DocumentKind, string> {
  return {
    kontak: translate({ id: 'cari.jenis.kontak', message: 'Nomor penting' }),
    sop: translate({ id: 'cari.jenis.sop', message: 'SOP dan lapor' }),
    regulasi: translate({ id: 'cari.jenis.regulasi', message: 'Regulasi' }),
    perekrut: translate({ id: 'cari.jenis.perekrut', message: 'Perekrut' }),
    pelatihan: translate({ id: 'cari.jenis.pelatihan', message: 'Pelatihan' }),
    halaman: translate({ id: 'cari.jenis.halaman', message: 'Halaman lain' }),
  };
}

/**
 * The mark of a result that holds revoked law (src/lib/regulasi/revoked), so that no one takes
 * it for the law today; the page itself says since when and what replaced it.
 */
export function labelDicabut(): string {
  return translate({ id: 'cari.dicabut', message: 'Dicabut', description: 'Mark before a search result whose text is revoked law' });
}
