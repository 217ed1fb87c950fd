import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { bahasa } from '@site/src/lib/content/bahasa';
import { formatDate } from '@site/src/lib/content/date';
import { DATA_PERUBAHAN } from '@site/src/lib/perubahan/data';
import { FEED_FILE } from '@site/src/lib/perubahan';

/** The change notes of data/perubahan.json, newest first, in the reader's language, with the feed to follow them. */
export default function DaftarPerubahan(): ReactNode {
  const { i18n } = useDocusaurusContext();
  const b = bahasa(i18n.currentLocale);
  const umpan = useBaseUrl(`/${FEED_FILE}`);
  return (
    <div>
      <p>
        <a href={umpan} type="application/atom+xml">
          <Translate id="perubahan.umpan">Ikuti perubahan lewat umpan Atom</Translate>
        </a>
      </p>
      <ol reversed>
        {DATA_PERUBAHAN.perubahan.map((p) => (
          <li key={`${p.tanggal}-${p.judul.id}`}>
            <p>
              <strong>{formatDate(p.tanggal, i18n.currentLocale)}</strong> — {p.judul[b]}
            </p>
            <p>{p.isi[b]}</p>
            <p>
              <Translate id="perubahan.halaman">Halaman:</Translate>{' '}
              {p.halaman.map((h, i) => (
                <React.Fragment key={h}>
                  {i > 0 ? ', ' : null}
                  <Link to={h}>{h}</Link>
                </React.Fragment>
              ))}
              . <Translate id="perubahan.sumber">Sumber:</Translate> {p.sumber.map((s) => `${s.judul} (${s.penerbit}${s.tanggal ? `, ${s.tanggal}` : ''})`).join('; ')}.
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
