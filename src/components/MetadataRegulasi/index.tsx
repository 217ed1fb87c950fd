import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import { formatDate } from '@site/src/lib/content/date';
import { LABEL_JENIS, LABEL_RELASI, LABEL_STATUS, type KatalogEntry } from '@site/src/lib/regulasi';
import { bahasa } from '@site/src/lib/content/bahasa';
import { katalog } from '@site/src/components/MetadataRegulasi/katalog';
import styles from './styles.module.css';

function TidakDiketahui(): ReactNode {
  return (
    <em>
      <Translate id="regulasi.tidakDiketahui">tidak diketahui</Translate>
    </em>
  );
}

/**
 * The regulation's identity, dates, status and relations (both directions), rendered from
 * its front matter via the catalogue. Plain HTML so it prints and reads without JavaScript.
 */
export default function MetadataRegulasi(): ReactNode {
  const tautan = useDoc().metadata.permalink;
  const { i18n } = useDocusaurusContext();
  const b = bahasa(i18n.currentLocale);
  const e: KatalogEntry | undefined = katalog.find((x) => x.tautan === tautan);
  if (!e) return null;
  const tgl = (t?: string): ReactNode => (t ? <time dateTime={t}>{formatDate(t, i18n.currentLocale)}</time> : <TidakDiketahui />);

  const baris: [string, ReactNode][] = [
    [translate({ id: 'regulasi.jenis', message: 'Jenis' }), LABEL_JENIS[e.jenis].lengkap],
    [translate({ id: 'regulasi.nomorTahun', message: 'Nomor / tahun' }), `${e.nomor} / ${e.tahun}`],
    [
      translate({ id: 'regulasi.tentang', message: 'Tentang' }),
      e.tentang ?? (
        <strong className={styles.peringatan}>
          <Translate id="regulasi.judulBelumDitemukan">Judul resmi belum ditemukan</Translate>
        </strong>
      ),
    ],
    [translate({ id: 'regulasi.pemrakarsa', message: 'Pemrakarsa' }), e.pemrakarsa ?? <TidakDiketahui />],
    [translate({ id: 'regulasi.ditetapkan', message: 'Ditetapkan' }), tgl(e.tanggal_penetapan)],
    [translate({ id: 'regulasi.diundangkan', message: 'Diundangkan' }), tgl(e.tanggal_pengundangan)],
    [translate({ id: 'regulasi.berlaku', message: 'Mulai berlaku' }), tgl(e.tanggal_berlaku)],
    [
      translate({ id: 'regulasi.status', message: 'Status' }),
      <>
        <strong>{LABEL_STATUS[e.status][b]}</strong>
        {e.catatan_status ? <span className={styles.catatan}>{e.catatan_status}</span> : null}
      </>,
    ],
    [translate({ id: 'regulasi.wilayah', message: 'Wilayah' }), e.wilayah.map((w) => w.nama).join(', ')],
    [
      translate({ id: 'regulasi.teksResmi', message: 'Teks resmi' }),
      e.sumber_resmi ? (
        <ul className={styles.daftar}>
          {e.sumber_resmi.map((s) => (
            <li key={s.url}>
              <a href={s.url} rel="noopener noreferrer">
                {s.url}
              </a>
              {s.diakses ? ` (${translate({ id: 'regulasi.diakses', message: 'diakses {tanggal}' }, { tanggal: formatDate(s.diakses, i18n.currentLocale) })})` : null}
            </li>
          ))}
        </ul>
      ) : (
        <Translate id="regulasi.teksResmiBelum">Salinan resmi belum kami buka; lihat bagian Teks resmi di bawah.</Translate>
      ),
    ],
  ];

  return (
    <section className={styles.metadata} aria-label={translate({ id: 'regulasi.metadata', message: 'Data peraturan' })}>
      <dl className={styles.dl}>
        {baris.map(([k, v]) => (
          <div key={k} className={styles.baris}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
        {e.relasi.length > 0 ? (
          <div className={styles.baris}>
            <dt>
              <Translate id="regulasi.relasi">Hubungan</Translate>
            </dt>
            <dd>
              <ul className={styles.daftar}>
                {e.relasi.map((r) => (
                  <li key={`${r.arah}-${r.jenis}-${r.slug}`}>
                    {LABEL_RELASI[r.jenis][r.arah][b]} <Link to={r.tautan}>{r.sebutan}</Link>
                    {r.pasal ? ` (${r.pasal})` : null}
                    {r.catatan ? <span className={styles.catatan}>{r.catatan}</span> : null}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
