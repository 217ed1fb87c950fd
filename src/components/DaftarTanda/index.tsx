import React, { useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import { DATA_TANDA } from '@site/src/lib/tanda/data';
import { saranTanda } from '@site/src/lib/tanda';
import TombolCetak from '@site/src/components/TombolCetak';
import styles from './styles.module.css';

const { kelompok: KELOMPOK, tanda: TANDA } = DATA_TANDA;

/**
 * The warning-signs checklist. Ticking happens only in this page: nothing is stored or sent.
 * Printed, it is a paper checklist with empty boxes.
 */
export default function DaftarTanda(): ReactNode {
  const [tercentang, setTercentang] = useState<ReadonlySet<string>>(new Set());
  const saran = saranTanda(TANDA, tercentang);
  const ubah = (id: string, on: boolean): void => {
    const baru = new Set(tercentang);
    if (on) baru.add(id);
    else baru.delete(id);
    setTercentang(baru);
  };
  return (
    <div className={styles.daftar}>
      {KELOMPOK.map((k) => (
        <fieldset key={k.id} className={styles.kelompok}>
          <legend>{k.judul}</legend>
          {TANDA.filter((t) => t.kelompok === k.id).map((t) => (
            <label key={t.id} className={styles.tanda} id={`tanda-${t.id}`}>
              <input type="checkbox" checked={tercentang.has(t.id)} onChange={(e) => ubah(t.id, e.target.checked)} />
              <span>
                {t.teks}
                <span className={styles.sumber}> ({t.sumber.map((s) => s.penerbit).join('; ')})</span>
              </span>
            </label>
          ))}
        </fieldset>
      ))}
      <div className={styles.saran} aria-live="polite" data-saran={saran}>
        {saran === 'darurat' ? (
          <p className={styles.darurat}>
            <Translate id="tanda.darurat" values={{ polisi: <a href="tel:110">110</a> }}>
              {'Ada tanda bahwa seseorang mungkin dalam bahaya sekarang. Hubungi polisi di {polisi} sekarang juga. Jangan mendatangi pelaku sendiri.'}
            </Translate>
          </p>
        ) : saran === 'laporkan' ? (
          <p>
            <Translate
              id="tanda.laporkan"
              values={{
                n: tercentang.size,
                lapor: <Link to="/sop/buat-laporan">{translate({ id: 'tanda.laporkan.tautan', message: 'buat laporan' })}</Link>,
              }}
            >
              {
                'Anda mencentang {n} tanda. Itu cukup untuk melapor: catat apa yang Anda lihat, lalu {lapor} dan kirim ke SAPA 129 atau gugus tugas kelurahan. Anda tidak perlu menunggu bukti; menilai bukti adalah tugas petugas.'
              }
            </Translate>
          </p>
        ) : (
          <p>
            <Translate id="tanda.kosong">Centang tanda yang Anda lihat. Halaman ini tidak menyimpan atau mengirim apa pun.</Translate>
          </p>
        )}
        <p className={styles.catatan}>
          <Translate id="tanda.catatan">
            Satu tanda tidak membuktikan ada perdagangan orang, dan tidak adanya tanda tidak membuktikan sebaliknya (UNODC). Saran di atas adalah usulan situs ini, bukan aturan
            resmi.
          </Translate>
        </p>
      </div>
      <TombolCetak label={translate({ id: 'tanda.cetak', message: 'Cetak daftar periksa' })} />
    </div>
  );
}
