import React, { type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { formatDate } from '@site/src/lib/content/date';
import type { Sumber } from '@site/src/lib/content/schema';
import styles from './styles.module.css';

interface Props {
  sumber: readonly Sumber[];
  diperbarui: string;
}

/** The sources of a page and the date a person last checked it, at the end of every page. */
export default function InfoSumber({ sumber, diperbarui }: Props): ReactNode {
  const { i18n } = useDocusaurusContext();
  const locale = i18n.currentLocale;
  return (
    <section className={styles.info} aria-labelledby="info-sumber-judul" data-cari-abaikan="">
      <h2 id="info-sumber-judul" className={styles.judul}>
        <Translate id="sumber.judul" description="Heading of the sources block at the end of each page">
          Sumber
        </Translate>
      </h2>
      <ol className={styles.daftar}>
        {sumber.map((s) => (
          <li key={`${s.judul}-${s.tanggal}`}>
            {s.url ? (
              <a href={s.url} rel="noopener noreferrer">
                {s.judul}
              </a>
            ) : (
              <span>{s.judul}</span>
            )}
            {' — '}
            {s.penerbit},{' '}
            {s.tanggal ? (
              formatDate(s.tanggal, locale)
            ) : (
              <Translate id="sumber.tanpaTanggal" description="A source whose publication date is not known">
                tanggal tidak diketahui
              </Translate>
            )}
            {s.catatan ? <span className={styles.catatan}> ({s.catatan})</span> : null}
          </li>
        ))}
      </ol>
      <p className={styles.diperbarui}>
        <Translate
          id="sumber.diperbarui"
          description="When the page was last checked by a person"
          values={{ tanggal: <time dateTime={diperbarui}>{formatDate(diperbarui, locale)}</time> }}
        >
          {'Terakhir diperiksa: {tanggal}'}
        </Translate>
      </p>
    </section>
  );
}
