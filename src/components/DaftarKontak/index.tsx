import React, { type ReactNode } from 'react';
import { DATA_KONTAK } from '@site/src/lib/kontak/data';
import { kontakFor } from '@site/src/lib/kontak';
import { findWilayah } from '@site/src/lib/wilayah';
import { KartuKontak } from '@site/src/components/Kontak';

const { kontak: SEMUA } = DATA_KONTAK;

/** National contacts plus the region's own (and its province's), in data-file order. */
export default function DaftarKontak({ wilayah }: { wilayah: string }): ReactNode {
  const induk = findWilayah(wilayah)?.induk;
  const daftar = kontakFor(SEMUA, induk ? [wilayah, induk] : [wilayah]);
  return (
    <div>
      {daftar.map((k) => (
        <KartuKontak key={k.id} kontak={k} />
      ))}
    </div>
  );
}
