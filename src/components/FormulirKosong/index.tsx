import React, { type ReactNode } from 'react';
import { ISIAN } from '@site/src/lib/laporan';
import TombolCetak from '@site/src/components/TombolCetak';
import styles from './styles.module.css';

/** The same questions as the report builder, as a blank A4 sheet to fill by hand. */
export default function FormulirKosong(): ReactNode {
  return (
    <div>
      <TombolCetak />
      <ol className={styles.lembar}>
        {ISIAN.map((i) => (
          <li key={i.id} className={styles.isian}>
            <span className={styles.label}>{i.label}</span>
            {i.pilihan ? (
              <span className={styles.pilihan}>
                {i.pilihan.map((p) => (
                  <span key={p}>☐ {p}</span>
                ))}
              </span>
            ) : (
              Array.from({ length: i.baris }, (_, n) => <span key={n} className={styles.garis} aria-hidden="true" />)
            )}
            {i.bantuan ? <span className={styles.bantuan}>{i.bantuan}</span> : null}
          </li>
        ))}
        <li className={styles.isian}>
          <span className={styles.label}>Tanggal laporan dan tanda tangan pelapor (boleh dikosongkan)</span>
          <span className={styles.garis} aria-hidden="true" />
        </li>
      </ol>
    </div>
  );
}
