import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { usePluginData } from '@docusaurus/useGlobalData';
import { formatDate } from '@site/src/lib/content/date';
import type { DataSitusGlobal } from '@site/src/plugins/data-situs';
import styles from './styles.module.css';

/** Where a page of another locale is in Indonesian: `/en/sop/x` → `/sop/x`. */
function halamanIndonesia(permalink: string, baseUrl: string, locale: string): string {
  const awal = `${baseUrl}${locale}/`;
  return permalink.startsWith(awal) ? `${baseUrl}${permalink.slice(awal.length)}` : permalink;
}

/** Is this doc shown in a locale it was not written for (Docusaurus falls back to the Indonesian file)? */
export function belumDiterjemahkan(source: string, locale: string, defaultLocale: string): boolean {
  return locale !== defaultLocale && source.startsWith('@site/docs/');
}

/**
 * What a reader of a translation must know, at the top of the page: that the page is not
 * translated yet (and is shown in Indonesian), or that the Indonesian page changed after the
 * revision this translation follows (src/lib/content/translation). Nothing on Indonesian pages.
 */
export default function CatatanTerjemahan({ source, permalink }: { source: string; permalink: string }): ReactNode {
  const { i18n, siteConfig } = useDocusaurusContext();
  const { terjemahanUsang } = usePluginData('data-situs') as DataSitusGlobal;
  if (i18n.currentLocale === i18n.defaultLocale) return null;
  const asli = halamanIndonesia(permalink, siteConfig.baseUrl, i18n.currentLocale);
  const tautan = (
    <Link to={asli} target="_self" hrefLang="id">
      <Translate id="terjemahan.halamanAsli">halaman berbahasa Indonesia</Translate>
    </Link>
  );
  if (belumDiterjemahkan(source, i18n.currentLocale, i18n.defaultLocale)) {
    return (
      <p className={styles.catatan} role="note" data-cari-abaikan="">
        <Translate id="terjemahan.belum" values={{ tautan }}>
          {'Halaman ini belum diterjemahkan; di bawah ini isinya dalam bahasa Indonesia ({tautan}).'}
        </Translate>
      </p>
    );
  }
  const diperbarui = terjemahanUsang[source.replace(/^@site\//, '')];
  if (diperbarui === undefined) return null;
  return (
    <p className={styles.catatan} role="note" data-cari-abaikan="">
      <Translate id="terjemahan.usang" values={{ tanggal: diperbarui ? formatDate(diperbarui, i18n.currentLocale) : '?', tautan }}>
        {'Halaman berbahasa Indonesia diperbarui pada {tanggal}; terjemahan ini mungkin sudah tidak sesuai. Baca {tautan}.'}
      </Translate>
    </p>
  );
}
