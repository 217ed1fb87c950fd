import React, { type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import styles from './styles.module.css';

/** Opens the browser's print dialog; hidden on paper itself. */
export default function TombolCetak({ label }: { label?: string }): ReactNode {
  return (
    <button type="button" className={`button button--outline button--primary ${styles.cetak}`} onClick={() => window.print()}>
      {label ?? translate({ id: 'cetak.tombol', message: 'Cetak' })}
    </button>
  );
}
