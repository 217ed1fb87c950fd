import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import type { StatusVerifikasi as Status } from '@site/src/lib/content/schema';
import styles from './styles.module.css';

const LABEL: Record<Status, ReactNode> = {
  terverifikasi: (
    <Translate id="verifikasi.terverifikasi" description="Badge: every fact on the page was checked against its source">
      Terverifikasi
    </Translate>
  ),
  sebagian: (
    <Translate id="verifikasi.sebagian" description="Badge: only part of the page is verified">
      Sebagian terverifikasi
    </Translate>
  ),
  belum: (
    <Translate id="verifikasi.belum" description="Badge: the page is not verified">
      Belum diverifikasi
    </Translate>
  ),
};

/** The verification state of a page, shown at its top; never hidden when it is "belum". */
export default function StatusVerifikasi({ status, catatan }: { status: Status; catatan?: string }): ReactNode {
  return (
    <p className={clsx(styles.status, styles[status])} role="note" data-cari-abaikan="">
      <span className={styles.label}>{LABEL[status]}</span>
      {catatan ? <span className={styles.catatan}>{catatan}</span> : null}
    </p>
  );
}
