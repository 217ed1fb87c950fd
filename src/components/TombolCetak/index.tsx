import React, { type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import { muatQr } from '@site/src/components/KakiCetak/qr';
import styles from './styles.module.css';

/**
 * Opens the browser's print dialog, after loading the QR generator so the print footer carries a
 * code of the address the page is open at (src/components/KakiCetak); hidden on paper itself.
 */
export default function TombolCetak({ label }: { label?: string }): ReactNode {
  return (
    <button
      type="button"
      className={`button button--outline button--primary ${styles.cetak}`}
      onClick={() =>
        void muatQr().then(
          () => window.print(),
          () => window.print(),
        )
      }
    >
      {label ?? translate({ id: 'cetak.tombol', message: 'Cetak' })}
    </button>
  );
}
