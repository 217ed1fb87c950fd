/** The channels of a region for each kind of person, in the page's language (src/lib/kontak/saluran). */
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { DATA_KONTAK } from '@site/src/lib/kontak/data';
import { KATA_ORANG, ORANG, saluranFor, type Kontak, type Orang } from '@site/src/lib/kontak';
import { findWilayah } from '@site/src/lib/wilayah';

const { kontak: SEMUA } = DATA_KONTAK;

export interface BarisSaluran {
  orang: Orang;
  label: string;
  kontak: Kontak[];
}

export function useSaluran(wilayah: string): { nama: string; baris: BarisSaluran[] } {
  const { i18n } = useDocusaurusContext();
  const kata = KATA_ORANG[i18n.currentLocale === 'en' ? 'en' : 'id'];
  const w = findWilayah(wilayah);
  if (!w) throw new Error(`wilayah "${wilayah}" tidak ada di data/wilayah.json`);
  return { nama: w.nama, baris: ORANG.map((orang) => ({ orang, label: kata[orang], kontak: saluranFor(SEMUA, orang, w) })) };
}
