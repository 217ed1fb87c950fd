import React, { type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import styles from './styles.module.css';

/** A plain GET form to /cari, so it works before (and without) JavaScript. */
export default function KotakCari({ nilaiAwal = '' }: { nilaiAwal?: string }): ReactNode {
  const aksi = useBaseUrl('/cari');
  const label = translate({ id: 'cari.label', message: 'Cari di Pustaka TPPO', description: 'Label of the search box' });
  return (
    <form className={styles.form} action={aksi} method="get" role="search" aria-label={translate({ id: 'cari.formulir', message: 'Formulir pencarian' })}>
      <label htmlFor="kotak-cari" className={styles.label}>
        {label}
      </label>
      <div className={styles.baris}>
        <input
          id="kotak-cari"
          className={styles.input}
          type="search"
          name="q"
          defaultValue={nilaiAwal}
          placeholder={translate({ id: 'cari.placeholder', message: 'mis. lapor, calo, pasal 2', description: 'Search box hint' })}
          autoComplete="off"
        />
        <button type="submit" className="button button--primary">
          {translate({ id: 'cari.tombol', message: 'Cari', description: 'Search button' })}
        </button>
      </div>
    </form>
  );
}
