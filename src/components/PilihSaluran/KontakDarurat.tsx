import React, { type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import { usePluginData } from '@docusaurus/useGlobalData';
import { telHref } from '@site/src/lib/kontak';
import type { DataSitusGlobal } from '@site/src/plugins/data-situs';
import styles from './styles.module.css';

/** The emergency line, as one short line with a call button: for the first screen of a page. */
export function KontakDarurat(): ReactNode {
  // The contact data/kontak.json marks as the emergency line (src/plugins/data-situs). The same
  // line heads every SOP page, so search leaves it out: its own contact card answers "110".
  const { darurat } = usePluginData('data-situs') as DataSitusGlobal;
  if (!darurat) return null;
  const nomor = darurat.telepon[0]?.tampil ?? '';
  return (
    <p className={styles.darurat} data-darurat="" data-cari-abaikan="">
      <strong>
        <Translate id="saluran.darurat">Ada orang dalam bahaya sekarang?</Translate>
      </strong>{' '}
      <a className={`button ${styles.tombolDarurat}`} href={telHref(nomor)}>
        <Translate id="kontak.telepon" values={{ nomor }}>
          {'Telepon {nomor}'}
        </Translate>
      </a>
    </p>
  );
}
