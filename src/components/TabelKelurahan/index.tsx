import React, { type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { DATA_GUGUS_KELURAHAN } from '@site/src/lib/gugus/data';
import { kecamatanIn } from '@site/src/lib/wilayah/rinci';
import { barisKelurahan } from '@site/src/lib/gugus';

/** The 51 kelurahan of Kota Kupang by kecamatan, with task-force information only where a source gives it. */
export default function TabelKelurahan(): ReactNode {
  const baris = barisKelurahan(kecamatanIn('kota-kupang'), DATA_GUGUS_KELURAHAN);
  const adaData = baris.filter((b) => b.keterangan).length;
  return (
    <div>
      <p>
        <Translate id="kelurahan.ringkas" values={{ n: baris.length, ada: adaData }}>
          {'{n} kelurahan; sumber kami menyebut {ada} di antaranya secara khusus.'}
        </Translate>
      </p>
      <div style={{ overflowX: 'auto' }}>
        <table>
          <thead>
            <tr>
              <th scope="col">{translate({ id: 'kelurahan.kecamatan', message: 'Kecamatan' })}</th>
              <th scope="col">{translate({ id: 'kelurahan.kelurahan', message: 'Kelurahan' })}</th>
              <th scope="col">{translate({ id: 'kelurahan.gugus', message: 'Gugus tugas / kelompok' })}</th>
            </tr>
          </thead>
          <tbody>
            {baris.map((b) => (
              <tr key={b.kode}>
                <td>{b.kecamatan}</td>
                <td>{b.nama}</td>
                <td>
                  {b.keterangan ? (
                    <>
                      {b.keterangan} ({b.sumber.map((s) => s.penerbit).join('; ')})
                    </>
                  ) : (
                    <em>{translate({ id: 'kelurahan.belumAdaData', message: 'belum ada data' })}</em>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
