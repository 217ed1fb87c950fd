import React, { useState, type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { bahasa, evidenceKind, KATA_BUKTI, KATA_STATUS, type Entitas } from '@site/src/lib/perekrut';
import { usePencocok } from '@site/src/components/CekPerekrut/data';
import Cakupan from '@site/src/components/CekPerekrut/Cakupan';

type Urutan = 'nama' | 'status' | 'tanggal';

function provinsiUtama(e: Entitas): string {
  return e.kantor.find((k) => k.provinsi)?.provinsi ?? '';
}

/**
 * Every company in the registry, grouped by the province its sources name, sortable. Each row
 * has an anchor (#p-<id>) that trainers can link.
 */
export default function DaftarPerekrut(): ReactNode {
  const { i18n } = useDocusaurusContext();
  const b = bahasa(i18n.currentLocale);
  const { pencocok } = usePencocok();
  const [urutan, setUrutan] = useState<Urutan>('nama');
  const banding: Record<Urutan, (a: Entitas, b: Entitas) => number> = {
    nama: (a, b) => a.nama.localeCompare(b.nama, 'id'),
    status: (a, b) => a.status.localeCompare(b.status) || a.nama.localeCompare(b.nama, 'id'),
    tanggal: (a, b) => (b.dasar.tanggal_status || '').localeCompare(a.dasar.tanggal_status || '') || a.nama.localeCompare(b.nama, 'id'),
  };
  const grup = new Map<string, Entitas[]>();
  for (const e of pencocok.registri.entitas) {
    const p = provinsiUtama(e);
    grup.set(p, [...(grup.get(p) ?? []), e]);
  }
  const provinsi = [...grup.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)));
  const tombol = (u: Urutan, label: string): ReactNode => (
    <button type="button" className={`button button--sm ${urutan === u ? 'button--primary' : 'button--secondary'}`} aria-pressed={urutan === u} onClick={() => setUrutan(u)}>
      {label}
    </button>
  );
  // Each company is its own search document (src/plugins/terbit/cari.ts); the table itself is left out.
  return (
    <div data-cari-abaikan="">
      <Cakupan />
      <div role="group" aria-label={translate({ id: 'daftarPerekrut.urutkan', message: 'Urutkan' })} style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
        {tombol('nama', translate({ id: 'daftarPerekrut.urutNama', message: 'Urut nama' }))}
        {tombol('status', translate({ id: 'daftarPerekrut.urutStatus', message: 'Urut status' }))}
        {tombol('tanggal', translate({ id: 'daftarPerekrut.urutTanggal', message: 'Bukti terbaru dulu' }))}
      </div>
      {provinsi.map((p) => (
        <section key={p || 'tanpa'}>
          <h2 id={`prov-${(p || 'tanpa-provinsi').toLowerCase().replace(/[^a-z0-9]+/g, '-')}`}>
            {p || translate({ id: 'daftarPerekrut.tanpaProvinsi', message: 'Provinsi tidak disebut sumber' })} ({grup.get(p)?.length})
          </h2>
          <div style={{ overflowX: 'auto' }}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{translate({ id: 'daftarPerekrut.nama', message: 'Nama' })}</th>
                  <th scope="col">{translate({ id: 'daftarPerekrut.status', message: 'Status' })}</th>
                  <th scope="col">{translate({ id: 'daftarPerekrut.bukti', message: 'Dasar status' })}</th>
                </tr>
              </thead>
              <tbody>
                {[...(grup.get(p) ?? [])].sort(banding[urutan]).map((e) => (
                  <tr key={e.id} id={`p-${e.id}`}>
                    <td>
                      <a href={`#p-${e.id}`}>{e.nama}</a>
                      {e.kantor.some((k) => k.jenis === 'p3mi_cabang') ? (
                        <span>
                          {' '}
                          (<Translate id="daftarPerekrut.cabang">cabang</Translate>{' '}
                          {e.kantor
                            .filter((k) => k.jenis === 'p3mi_cabang')
                            .map((k) => k.kabupaten_kota)
                            .join(', ')}
                          )
                        </span>
                      ) : null}
                    </td>
                    <td>{KATA_STATUS[e.status].label[b]}</td>
                    <td>
                      {e.dasar.tanggal_status || '—'} ({KATA_BUKTI[evidenceKind(e.dasar)][b]}):{' '}
                      {e.dasar.sumber_url ? (
                        <a href={e.dasar.sumber_url} rel="noopener noreferrer">
                          {e.dasar.sumber}
                        </a>
                      ) : (
                        e.dasar.sumber
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </div>
  );
}
