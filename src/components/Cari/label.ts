/** Names of result groups (content kinds), translated. */
import { translate } from '@docusaurus/Translate';
import type { DocumentKind } from '@site/src/lib/search/compact-index';
import { LABEL_STATUS } from '@site/src/lib/regulasi/katalog';
import { bahasa } from '@site/src/lib/content/bahasa';

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
 * it for the law today: the regulation status label, from its one table (LABEL_STATUS).
 */
export function labelDicabut(locale: string): string {
  return LABEL_STATUS.dicabut[bahasa(locale)];
}
