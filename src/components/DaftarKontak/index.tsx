import React, { type ReactNode } from 'react';
import { DATA_KONTAK } from '@site/src/lib/kontak/data';
import { kontakFor } from '@site/src/lib/kontak';
import { findWilayah } from '@site/src/lib/wilayah';
import { KartuKontak } from '@site/src/components/Kontak';

const { kontak: SEMUA } = DATA_KONTAK;

/**
 * National contacts plus the region's own (and its province's), in data-file order; without a
 * region, every contact, each with its id as anchor (/kontak#kp2mi: what search links to).
 */
export default function DaftarKontak({ wilayah }: { wilayah?: string }): ReactNode {
  const induk = wilayah ? findWilayah(wilayah)?.induk : undefined;
  const daftar = wilayah ? kontakFor(SEMUA, induk ? [wilayah, induk] : [wilayah]) : SEMUA;
  // The full list is left out of the page's search text: each card there is a search document of its own.
  return (
    <div data-cari-abaikan={wilayah ? undefined : ''}>
      {daftar.map((k) => (
        <KartuKontak key={k.id} kontak={k} anchor={!wilayah} />
      ))}
    </div>
  );
}
