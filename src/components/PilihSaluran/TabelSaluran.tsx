import React, { type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import data from '@site/data/kontak.json';
import { hrefTelepon, KATA_ORANG, ORANG, saluranUntuk, type DataKontak } from '@site/src/lib/kontak';
import { cariWilayah } from '@site/src/lib/wilayah';
import styles from './styles.module.css';

const { kontak: SEMUA } = data as DataKontak;

/**
 * The same channels as PilihSaluran, as one compact table for paper (the RT card, the blank
 * form): who is at risk → whom to call, with the numbers as the sources print them.
 */
export default function TabelSaluran({ wilayah }: { wilayah: string }): ReactNode {
  const { i18n } = useDocusaurusContext();
  const kata = KATA_ORANG[i18n.currentLocale === 'en' ? 'en' : 'id'];
  const w = cariWilayah(wilayah);
  if (!w) throw new Error(`TabelSaluran: wilayah "${wilayah}" tidak ada di data/wilayah.json`);
  return (
    <table className={styles.tabel} data-saluran={wilayah}>
      <thead>
        <tr>
          <th scope="col">
            <Translate id="saluran.kolomOrang">Yang terancam</Translate>
          </th>
          <th scope="col">
            <Translate id="saluran.kolomHubungi">Hubungi (urut)</Translate>
          </th>
        </tr>
      </thead>
      <tbody>
        {ORANG.map((orang) => (
          <tr key={orang} data-orang={orang}>
            <th scope="row">{kata[orang]}</th>
            <td>
              {saluranUntuk(SEMUA, orang, w).map((k) => (
                <span key={k.id} className={styles.saluran} data-kontak={k.id}>
                  {k.nama.replace(/\s*\(.*$/, '')}
                  {k.telepon.map((n) => (
                    <a key={n.tampil} href={hrefTelepon(n.tampil)}>
                      {n.tampil}
                    </a>
                  ))}
                  {k.whatsapp.map((n) => (
                    <span key={`wa-${n.tampil}`}>WA {n.tampil}</span>
                  ))}
                  {k.telepon.length + k.whatsapp.length === 0 && k.lainnya ? <span className={styles.lain}>({k.lainnya})</span> : null}
                </span>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
