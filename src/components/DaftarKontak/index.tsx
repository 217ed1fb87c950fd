import React, { type ReactNode } from 'react';
import data from '@site/data/kontak.json';
import { kontakFor, type DataKontak } from '@site/src/lib/kontak';
import { findWilayah } from '@site/src/lib/wilayah';
import { KartuKontak } from '@site/src/components/Kontak';

const { kontak: SEMUA } = data as DataKontak;

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
