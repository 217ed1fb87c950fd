import React, { type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { DATA_KONTAK } from '@site/src/lib/kontak/data';
import { telHref, whatsAppHref, needsReview, type Kontak as DataSatuKontak } from '@site/src/lib/kontak';
import { formatDate } from '@site/src/lib/content/date';
import { useHariIni } from './useHariIni';
import styles from './styles.module.css';

const { kontak: SEMUA } = DATA_KONTAK;

/** `anchor`: give the card the contact's id as its anchor (only where each contact appears once: /kontak). */
export function KartuKontak({ kontak, anchor = false }: { kontak: DataSatuKontak; anchor?: boolean }): ReactNode {
  const { i18n } = useDocusaurusContext();
  const hariIni = useHariIni();
  const lama = needsReview(kontak, hariIni);
  return (
    <article className={styles.kartu} aria-label={kontak.nama} id={anchor ? kontak.id : undefined}>
      {/* Not a heading: a contact card is part of the section it sits in, wherever that is. */}
      <p className={styles.nama}>
        <strong>{kontak.nama}</strong>
      </p>
      <p className={styles.untuk}>{kontak.untuk}</p>
      {kontak.telepon.length + kontak.whatsapp.length > 0 ? (
        <ul className={styles.tombol}>
          {kontak.telepon.map((n) => (
            <li key={n.tampil}>
              <a className="button button--primary" href={telHref(n.tampil)}>
                <Translate id="kontak.telepon" values={{ nomor: n.tampil }}>
                  {'Telepon {nomor}'}
                </Translate>
              </a>
              {n.keterangan ? <span className={styles.ket}>{n.keterangan}</span> : null}
            </li>
          ))}
          {kontak.whatsapp.map((n) => (
            <li key={`wa-${n.tampil}`}>
              <a className="button button--secondary" href={whatsAppHref(n.tampil)} rel="noopener noreferrer">
                <Translate id="kontak.whatsapp" values={{ nomor: n.tampil }}>
                  {'WhatsApp {nomor}'}
                </Translate>
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {kontak.lainnya ? <p className={styles.untuk}>{kontak.lainnya}</p> : null}
      <p className={styles.meta}>
        {kontak.jam ? `${kontak.jam}.` : translate({ id: 'kontak.jamTidakDiketahui', message: 'Jam layanan tidak disebut sumber.' })}{' '}
        <Translate id="kontak.diperiksa" values={{ tanggal: formatDate(kontak.diperiksa, i18n.currentLocale), sumber: kontak.sumber.map((s) => s.penerbit).join('; ') }}>
          {'Diperiksa {tanggal}, sumber: {sumber}.'}
        </Translate>
      </p>
      {lama ? (
        <p className={styles.lama} role="note">
          <Translate id="kontak.perluDitinjau" values={{ tanggal: formatDate(kontak.tinjau_ulang, i18n.currentLocale) }}>
            {'Perhatian: nomor ini seharusnya diperiksa ulang sejak {tanggal}. Mungkin sudah berubah.'}
          </Translate>
        </p>
      ) : null}
    </article>
  );
}

/** One hotline or office from data/kontak.json, with tappable numbers. */
export default function Kontak({ id }: { id: string }): ReactNode {
  const k = SEMUA.find((x) => x.id === id);
  if (!k) throw new Error(`Kontak "${id}" tidak ada di data/kontak.json`);
  return <KartuKontak kontak={k} />;
}
