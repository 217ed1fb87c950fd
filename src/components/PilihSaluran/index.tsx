import React, { type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import { KartuKontak } from '@site/src/components/Kontak';
import { useSaluran } from './useSaluran';
import styles from './styles.module.css';

/**
 * "Siapa yang terancam?": one folded entry per kind of person, each with the channels for that
 * person in this region (src/lib/kontak/saluran), in the order to try them. Works without
 * script and on paper (folded entries open when printing).
 */
export default function PilihSaluran({ wilayah }: { wilayah: string }): ReactNode {
  const { nama, baris } = useSaluran(wilayah);
  return (
    <div className={styles.pilih} data-saluran={wilayah}>
      <p className={styles.tanya}>
        <Translate id="saluran.tanya" values={{ wilayah: nama }}>
          {'Bukan darurat? Siapa yang terancam? Nomor yang tepat di {wilayah}:'}
        </Translate>
      </p>
      {baris.map((b) => (
        <details key={b.orang} className={styles.orang} data-orang={b.orang}>
          <summary>{b.label}</summary>
          {b.kontak.map((k) => (
            <div key={k.id} data-kontak={k.id}>
              <KartuKontak kontak={k} />
            </div>
          ))}
        </details>
      ))}
    </div>
  );
}
