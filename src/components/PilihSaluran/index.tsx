import React, { type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import data from '@site/data/kontak.json';
import { KATA_ORANG, ORANG, saluranUntuk, type DataKontak } from '@site/src/lib/kontak';
import { cariWilayah } from '@site/src/lib/wilayah';
import { KartuKontak } from '@site/src/components/Kontak';
import styles from './styles.module.css';

const { kontak: SEMUA } = data as DataKontak;

/**
 * "Siapa yang dalam bahaya?": one folded entry per kind of person, each with the channels for
 * that person in this region (src/lib/kontak/saluran), in the order to try them. Works without
 * script and on paper (folded entries open when printing).
 */
export default function PilihSaluran({ wilayah }: { wilayah: string }): ReactNode {
  const { i18n } = useDocusaurusContext();
  const kata = KATA_ORANG[i18n.currentLocale === 'en' ? 'en' : 'id'];
  const w = cariWilayah(wilayah);
  if (!w) throw new Error(`PilihSaluran: wilayah "${wilayah}" tidak ada di data/wilayah.json`);
  return (
    <div className={styles.pilih} data-saluran={wilayah}>
      <p className={styles.tanya}>
        <Translate id="saluran.tanya" values={{ wilayah: w.nama }}>
          {'Bukan darurat? Siapa yang terancam? Nomor yang tepat di {wilayah}:'}
        </Translate>
      </p>
      {ORANG.map((orang) => (
        <details key={orang} className={styles.orang} data-orang={orang}>
          <summary>{kata[orang]}</summary>
          {saluranUntuk(SEMUA, orang, w).map((k) => (
            <div key={k.id} data-kontak={k.id}>
              <KartuKontak kontak={k} />
            </div>
          ))}
        </details>
      ))}
    </div>
  );
}
