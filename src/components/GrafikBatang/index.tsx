import React, { useId, type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { DATA_ANGKA } from '@site/src/lib/grafik/data';
import { formatAngka, tataLetakBatang } from '@site/src/lib/grafik';
import { formatDate } from '@site/src/lib/content/date';
import styles from './styles.module.css';

const { seri: SERI } = DATA_ANGKA;
// Two colours with at least 3:1 contrast against white and against each other's labels.
const WARNA = ['#0b5cad', '#a84d00'];

/**
 * A figure from data/angka.json: an SVG bar chart (drawn into the HTML at build time, no
 * script needed), the same numbers in a table, and the source.
 */
export default function GrafikBatang({ seri: id }: { seri: string }): ReactNode {
  const seri = SERI[id];
  if (!seri) throw new Error(`Seri "${id}" tidak ada di data/angka.json`);
  const { i18n } = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const uid = useId();
  const t = tataLetakBatang(seri);
  const angka = (n: number): string => formatAngka(n, locale);
  return (
    <figure className={styles.figur} aria-labelledby={`${uid}-judul`}>
      <figcaption id={`${uid}-judul`} className={styles.judul}>
        {seri.judul} ({seri.satuan})
      </figcaption>
      <div className={styles.isi}>
        <svg className={styles.svg} viewBox={`0 0 ${t.lebar} ${t.tinggi}`} role="img" aria-labelledby={`${uid}-judul`} focusable="false">
          <line x1={0} x2={t.lebar} y1={t.dasar} y2={t.dasar} stroke="currentColor" strokeWidth={1} />
          {t.batang.map((b) => {
            const warna = WARNA[seri.kelompok.findIndex((k) => k.nama === b.kelompok) % WARNA.length];
            return (
              <g key={`${b.kategori}-${b.kelompok}`}>
                <rect
                  x={b.x}
                  y={b.y}
                  width={b.lebar - 2}
                  height={b.tinggi}
                  fill={b.target ? 'none' : warna}
                  stroke={warna}
                  strokeWidth={b.target ? 2 : 0}
                  strokeDasharray={b.target ? '5 3' : undefined}
                />
                <text x={b.x + (b.lebar - 2) / 2} y={b.y - 4} textAnchor="middle" className={styles.nilai}>
                  {angka(b.nilai)}
                </text>
              </g>
            );
          })}
          {t.label.map((l) => (
            <text key={l.teks} x={l.x} y={t.dasar + 16} textAnchor="middle" className={styles.label}>
              {l.teks}
              {seri.target?.includes(l.teks) ? ' (target)' : ''}
            </text>
          ))}
        </svg>
        <table className={styles.tabel}>
          <thead>
            <tr>
              <th scope="col">
                <Translate id="grafik.kategori">Periode</Translate>
              </th>
              {seri.kelompok.map((k) => (
                <th key={k.nama} scope="col">
                  {k.nama}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {seri.kategori.map((kat, i) => (
              <tr key={kat}>
                <th scope="row">
                  {kat}
                  {seri.target?.includes(kat) ? ' (target)' : ''}
                </th>
                {seri.kelompok.map((k) => (
                  <td key={k.nama}>{angka(k.nilai[i] ?? 0)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {seri.kelompok.length > 1 ? (
        <ul className={styles.legenda} aria-hidden="true">
          {seri.kelompok.map((k, i) => (
            <li key={k.nama}>
              <span className={styles.kotak} style={{ background: WARNA[i % WARNA.length] }} /> {k.nama}
            </li>
          ))}
        </ul>
      ) : null}
      {seri.catatan ? <p className={styles.catatan}>{seri.catatan}</p> : null}
      <p className={styles.catatan}>
        <Translate id="grafik.sumber">Sumber:</Translate>{' '}
        {seri.sumber.map((s, i) => (
          <span key={s.judul}>
            {i > 0 ? '; ' : ''}
            {s.url ? (
              <a href={s.url} rel="noopener noreferrer">
                {s.penerbit}
              </a>
            ) : (
              s.penerbit
            )}
            , “{s.judul}”{s.tanggal ? `, ${formatDate(s.tanggal, locale)}` : ''}
          </span>
        ))}
      </p>
    </figure>
  );
}
