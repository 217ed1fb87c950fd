import React, { type ReactNode } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { bahasa, KATA_PERINGATAN, KATA_VERDICT, VERDICT } from '@site/src/lib/perekrut';

/** "What each result means", from the same table the checker and the command line use. */
export default function ArtiHasil(): ReactNode {
  const { i18n } = useDocusaurusContext();
  const b = bahasa(i18n.currentLocale);
  return (
    <ul>
      {VERDICT.map((v) => (
        <li key={v} data-verdict-arti={v}>
          <strong>{KATA_VERDICT[v].label[b]}</strong>: {KATA_VERDICT[v].penjelasan[b]} {KATA_VERDICT[v].langkah[b]}
        </li>
      ))}
      <li>{KATA_PERINGATAN.bentuk_bukan_pt[b]}</li>
    </ul>
  );
}
