import React, { useEffect, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import { usePluginData } from '@docusaurus/useGlobalData';
import { useLocation } from '@docusaurus/router';
import KotakCari from '@site/src/components/KotakCari';
import { saringHalaman, type RingkasHalaman } from '@site/src/lib/content/ringkas';

/** /cari?q=… — matches page titles and descriptions until the full-text index lands. */
export default function Cari(): ReactNode {
  const { halaman } = usePluginData('daftar-halaman') as { halaman: RingkasHalaman[] };
  const { search } = useLocation();
  // The static HTML has no query; reading it after hydration keeps server and client equal.
  const [q, setQ] = useState('');
  useEffect(() => setQ(new URLSearchParams(search).get('q') ?? ''), [search]);
  const hasil = saringHalaman(halaman, q);
  return (
    <Layout title={translate({ id: 'cari.judul', message: 'Cari' })} description={translate({ id: 'cari.deskripsi', message: 'Cari halaman di Pustaka TPPO.' })}>
      <main className="container margin-vert--lg">
        <Heading as="h1">
          <Translate id="cari.judul">Cari</Translate>
        </Heading>
        <KotakCari key={q} nilaiAwal={q} />
        {q ? (
          <section aria-live="polite" className="margin-top--md">
            <p>
              <Translate id="cari.jumlah" values={{ n: hasil.length, q }}>
                {'{n} halaman cocok dengan “{q}”.'}
              </Translate>
            </p>
            <ul>
              {hasil.map((h) => (
                <li key={h.tautan}>
                  <Link to={h.tautan}>{h.judul}</Link> — {h.deskripsi}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </main>
    </Layout>
  );
}
