import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import { usePluginData } from '@docusaurus/useGlobalData';
import Mermaid from '@theme/Mermaid';
import { labelRelasi } from '@site/src/components/MetadataRegulasi/label';
import type { DataRegulasi } from '@site/src/plugins/regulasi';

/** Which rule amends, revokes or implements which: a diagram, and the same facts as a list. */
export default function DiagramRelasi(): ReactNode {
  const { katalog, diagram } = usePluginData('regulasi') as DataRegulasi;
  const LABEL_RELASI = labelRelasi();
  const keluar = katalog.flatMap((e) => e.relasi.filter((r) => r.arah === 'keluar').map((r) => ({ dari: e, r })));
  return (
    <figure>
      <div aria-hidden="true">
        <Mermaid value={diagram} />
      </div>
      <figcaption>
        <Translate id="regulasi.diagram.teks">Hubungan yang sama, sebagai teks:</Translate>
        <ul>
          {keluar.map(({ dari, r }) => (
            <li key={`${dari.slug}-${r.jenis}-${r.slug}`}>
              <Link to={dari.tautan}>{dari.sebutan}</Link> {LABEL_RELASI[r.jenis].keluar} <Link to={r.tautan}>{r.sebutan}</Link>
              {r.pasal ? ` (${r.pasal})` : null}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
