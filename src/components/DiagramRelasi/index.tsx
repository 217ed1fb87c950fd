import React, { lazy, Suspense, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { LABEL_RELASI } from '@site/src/lib/regulasi/katalog';
import { bahasa } from '@site/src/lib/content/bahasa';
import { diagram, katalog } from '@site/src/components/MetadataRegulasi/katalog';

// Mermaid is ~200 KB gzip: it is downloaded only when a reader asks for the drawing.
const Mermaid = lazy(() => import('@theme/Mermaid'));

/** Which rule amends, revokes or implements which: the facts as a list, and a drawing on request. */
export default function DiagramRelasi(): ReactNode {
  const [gambar, setGambar] = useState(false);
  const b = bahasa(useDocusaurusContext().i18n.currentLocale);
  const keluar = katalog.flatMap((e) => e.relasi.filter((r) => r.arah === 'keluar').map((r) => ({ dari: e, r })));
  return (
    <figure>
      <figcaption>
        <Translate id="regulasi.diagram.teks">Hubungan yang sama, sebagai teks:</Translate>
      </figcaption>
      <ul>
        {keluar.map(({ dari, r }) => (
          <li key={`${dari.slug}-${r.jenis}-${r.slug}`}>
            <Link to={dari.tautan}>{dari.sebutan}</Link> {LABEL_RELASI[r.jenis].keluar[b]} <Link to={r.tautan}>{r.sebutan}</Link>
            {r.pasal ? ` (${r.pasal})` : null}
          </li>
        ))}
      </ul>
      {gambar ? (
        <div aria-hidden="true">
          <Suspense
            fallback={
              <p>
                <Translate id="regulasi.diagram.memuat">Memuat gambar…</Translate>
              </p>
            }
          >
            <Mermaid value={diagram} />
          </Suspense>
        </div>
      ) : (
        <button type="button" className="button button--secondary button--sm" onClick={() => setGambar(true)}>
          <Translate id="regulasi.diagram.tampilkan">Tampilkan sebagai gambar (±200 KB)</Translate>
        </button>
      )}
    </figure>
  );
}
