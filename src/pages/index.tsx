import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import KotakCari from '@site/src/components/KotakCari';
import SimpanOffline from '@site/src/components/SimpanOffline';
import styles from './index.module.css';

interface Pintu {
  to: string;
  judul: ReactNode;
  isi: ReactNode;
}

const PINTU: Pintu[] = [
  {
    to: '/sop/lapor-rt',
    judul: <Translate id="beranda.pintu.rt.judul">Saya ketua RT</Translate>,
    isi: <Translate id="beranda.pintu.rt.isi">Cara melapor dugaan perdagangan orang, tanda-tandanya, dan nomor yang bisa dihubungi.</Translate>,
  },
  {
    to: '/perekrut',
    judul: <Translate id="beranda.pintu.kerja.judul">Saya mencari kerja</Translate>,
    isi: <Translate id="beranda.pintu.kerja.isi">Periksa apakah perusahaan perekrut berizin, dan apa lagi yang harus dicek sebelum berangkat.</Translate>,
  },
  {
    to: '/pelatihan',
    judul: <Translate id="beranda.pintu.pelatih.judul">Saya pelatih</Translate>,
    isi: <Translate id="beranda.pintu.pelatih.isi">Bahan pelatihan, tautan ke setiap pasal dan langkah SOP, lembar bagi.</Translate>,
  },
];

export default function Beranda(): ReactNode {
  return (
    <Layout
      title={translate({ id: 'beranda.judul', message: 'Beranda' })}
      description={translate({
        id: 'beranda.deskripsi',
        message: 'Pustaka terbuka untuk mencegah tindak pidana perdagangan orang (TPPO): cara melapor, cek perekrut, regulasi dan bahan pelatihan.',
      })}
    >
      <main className={styles.beranda}>
        <div className="container">
          <Heading as="h1" className={styles.judul}>
            Pustaka TPPO
          </Heading>
          <p className={styles.ringkas}>
            <Translate id="beranda.ringkas">
              Panduan terbuka untuk mencegah perdagangan orang, untuk warga Kota Kupang, NTT, Kutai Timur dan Kalimantan Timur. Bukan situs resmi pemerintah.
            </Translate>
          </p>
          <nav aria-label={translate({ id: 'beranda.pintu.label', message: 'Pilih peran Anda' })}>
            <ul className={styles.pintu}>
              {PINTU.map((p) => (
                <li key={p.to}>
                  <Link to={p.to} className={styles.kartu}>
                    <span className={styles.kartuJudul}>{p.judul}</span>
                    <span className={styles.kartuIsi}>{p.isi}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <KotakCari />
          <SimpanOffline />
          <p className={styles.darurat}>
            <Translate
              id="beranda.darurat"
              values={{
                polisi: <a href="tel:110">110</a>,
                sapa: <a href="tel:129">129</a>,
              }}
            >
              {'Dalam keadaan darurat hubungi polisi {polisi} atau SAPA {sapa} (Kementerian PPPA).'}
            </Translate>
          </p>
        </div>
      </main>
    </Layout>
  );
}
