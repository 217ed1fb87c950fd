import React, { type ReactNode } from 'react';
import styles from './styles.module.css';

/**
 * A flow drawn from the Markdown list inside it: each item a box, an arrow between boxes.
 * The list stays a list, so screen readers, search and print read the same steps that sighted
 * readers see; nothing is downloaded to draw it (a Mermaid diagram cost ~200 KB gzip per page).
 */
export default function Alur({ judul, children }: { judul: string; children: ReactNode }): ReactNode {
  return (
    <figure className={styles.alur}>
      <figcaption className={styles.judul}>{judul}</figcaption>
      {children}
    </figure>
  );
}
