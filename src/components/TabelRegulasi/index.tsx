import React, { useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import { LABEL_JENIS, filterKatalog, type KatalogFilter } from '@site/src/lib/regulasi';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { LABEL_STATUS } from '@site/src/lib/regulasi';
import { bahasa } from '@site/src/lib/content/bahasa';
import { katalog } from '@site/src/components/MetadataRegulasi/katalog';
import styles from './styles.module.css';

const SEMUA = '';

/**
 * Every regulation page, as a table generated from front matter, with filters. Without
 * JavaScript the full table still shows; the filters only narrow it.
 */
export default function TabelRegulasi(): ReactNode {
  const [filter, setFilter] = useState<KatalogFilter>({});
  const b = bahasa(useDocusaurusContext().i18n.currentLocale);
  const hasil = filterKatalog(katalog, filter);
  const namaWilayah = new Map(katalog.flatMap((e) => e.wilayah.map((w) => [w.id, w.nama] as const)));
  const pilihan = <K extends keyof KatalogFilter>(k: K) => [...new Set(katalog.flatMap((e) => (k === 'wilayah' ? e.wilayah.map((w) => w.id) : [String(e[k])])))].sort();

  const pilih = (k: keyof KatalogFilter, label: string, nama: (v: string) => string): ReactNode => (
    <label className={styles.filter}>
      <span>{label}</span>
      <select value={filter[k] ?? SEMUA} onChange={(ev) => setFilter({ ...filter, [k]: ev.target.value || undefined })}>
        <option value={SEMUA}>{translate({ id: 'regulasi.filter.semua', message: 'Semua' })}</option>
        {pilihan(k).map((v) => (
          <option key={v} value={v}>
            {nama(v)}
          </option>
        ))}
      </select>
    </label>
  );

  // Every regulation page is indexed itself; this generated table would only repeat them.
  return (
    <div data-cari-abaikan="">
      <div className={styles.filters} role="group" aria-label={translate({ id: 'regulasi.filter.label', message: 'Saring daftar peraturan' })}>
        {pilih('jenis', translate({ id: 'regulasi.jenis', message: 'Jenis' }), (v) => LABEL_JENIS[v as keyof typeof LABEL_JENIS]?.lengkap ?? v)}
        {pilih('tahun', translate({ id: 'regulasi.tahun', message: 'Tahun' }), (v) => v)}
        {pilih('status', translate({ id: 'regulasi.status', message: 'Status' }), (v) => LABEL_STATUS[v as keyof typeof LABEL_STATUS]?.[b] ?? v)}
        {pilih('wilayah', translate({ id: 'regulasi.wilayah', message: 'Wilayah' }), (v) => namaWilayah.get(v) ?? v)}
      </div>
      <p aria-live="polite" className={styles.jumlah}>
        <Translate id="regulasi.jumlah" values={{ n: hasil.length, total: katalog.length }}>
          {'{n} dari {total} peraturan'}
        </Translate>
      </p>
      <div className={styles.gulir}>
        <table className={styles.tabel}>
          <thead>
            <tr>
              <th scope="col">{translate({ id: 'regulasi.kolom.peraturan', message: 'Peraturan' })}</th>
              <th scope="col">{translate({ id: 'regulasi.tentang', message: 'Tentang' })}</th>
              <th scope="col">{translate({ id: 'regulasi.status', message: 'Status' })}</th>
              <th scope="col">{translate({ id: 'regulasi.wilayah', message: 'Wilayah' })}</th>
            </tr>
          </thead>
          <tbody>
            {hasil.map((e) => (
              <tr key={e.slug}>
                <td>
                  <Link to={e.tautan}>{e.sebutan}</Link>
                </td>
                <td>{e.tentang ?? <em>{translate({ id: 'regulasi.judulBelumDitemukan', message: 'Judul resmi belum ditemukan' })}</em>}</td>
                <td>{LABEL_STATUS[e.status][b]}</td>
                <td>{e.wilayah.map((w) => w.nama).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
