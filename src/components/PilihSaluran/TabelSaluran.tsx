import React, { type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import { telHref, shortName } from '@site/src/lib/kontak';
import { useSaluran } from './useSaluran';
import styles from './styles.module.css';

/**
 * The same channels as PilihSaluran, as one compact table for paper (the RT card, the blank
 * form): who is at risk → whom to call, with the numbers as the sources print them.
 */
export default function TabelSaluran({ wilayah }: { wilayah: string }): ReactNode {
  const { baris } = useSaluran(wilayah);
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
        {baris.map((b) => (
          <tr key={b.orang} data-orang={b.orang}>
            <th scope="row">{b.label}</th>
            <td>
              {b.kontak.map((k) => (
                <span key={k.id} className={styles.saluran} data-kontak={k.id}>
                  {shortName(k)}
                  {k.telepon.map((n) => (
                    <a key={n.tampil} href={telHref(n.tampil)}>
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
