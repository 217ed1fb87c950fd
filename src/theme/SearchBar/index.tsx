/**
 * The navbar search box. Loads the index when it gets focus, answers as you type (the last
 * word matches as a prefix), groups results by kind, and is usable with the keyboard alone:
 * arrows move through results, Enter opens one, Escape closes the list.
 */
import React, { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useHistory } from '@docusaurus/router';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Translate, { translate } from '@docusaurus/Translate';
import { useHasilCari, useIndeksCari } from '@site/src/components/Cari/muat';
import Sorotan from '@site/src/components/Cari/Sorotan';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { labelDicabut, labelJenis } from '@site/src/components/Cari/label';
import styles from './styles.module.css';

/** Eight results, the last word matched as a prefix, each term's best sections only. */
const OPSI = { mengetik: true, batas: 8 };

export default function SearchBar(): ReactNode {
  const id = useId();
  const history = useHistory();
  const halamanCari = useBaseUrl('/cari');
  const { status, pencari, sorot, mulai } = useIndeksCari();
  const [q, setQ] = useState('');
  const [buka, setBuka] = useState(false);
  const [aktif, setAktif] = useState(-1);
  const akar = useRef<HTMLDivElement>(null);
  const jenis = labelJenis();
  const dicabut = labelDicabut(useDocusaurusContext().i18n.currentLocale);

  const { hasil, menunggu, gagal } = useHasilCari(pencari, q, OPSI);
  // Shown in groups, the group of the best result first; keyboard order follows the groups.
  const grupUrut = useMemo(() => [...new Set(hasil.map((h) => h.dokumen.jenis))], [hasil]);
  const urut = useMemo(() => grupUrut.flatMap((j) => hasil.filter((h) => h.dokumen.jenis === j)), [grupUrut, hasil]);
  useEffect(() => setAktif(-1), [q]);
  useEffect(() => {
    const tutup = (e: MouseEvent): void => {
      if (akar.current && !akar.current.contains(e.target as Node)) setBuka(false);
    };
    document.addEventListener('mousedown', tutup);
    return () => document.removeEventListener('mousedown', tutup);
  }, []);

  const pergi = (url: string): void => {
    setBuka(false);
    history.push(url);
  };
  const semua = `${halamanCari}?q=${encodeURIComponent(q)}`;

  const tombol = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setBuka(true);
      setAktif((a) => Math.min(a + 1, urut.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setAktif((a) => Math.max(a - 1, -1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const pilih = urut[aktif];
      if (pilih) pergi(pilih.dokumen.url);
      else if (q.trim()) pergi(semua);
    } else if (e.key === 'Escape') {
      setBuka(false);
      setAktif(-1);
    }
  };

  const tampil = buka && q.trim().length > 0;
  const idOpsi = (i: number): string => `${id}-opsi-${i}`;
  let nomor = -1;
  return (
    <div className={styles.cari} ref={akar} role="search" aria-label={translate({ id: 'cari.navbar', message: 'Pencarian situs' })}>
      <label htmlFor={`${id}-input`} className="sr-only">
        {translate({ id: 'cari.label', message: 'Cari di Pustaka TPPO' })}
      </label>
      <input
        id={`${id}-input`}
        className={styles.input}
        type="search"
        role="combobox"
        aria-expanded={tampil}
        aria-controls={`${id}-daftar`}
        aria-autocomplete="list"
        aria-activedescendant={aktif >= 0 ? idOpsi(aktif) : undefined}
        placeholder={translate({ id: 'cari.tombol', message: 'Cari' })}
        value={q}
        autoComplete="off"
        onFocus={() => {
          mulai();
          setBuka(true);
        }}
        onChange={(e) => {
          setQ(e.target.value);
          setBuka(true);
        }}
        onKeyDown={tombol}
      />
      {tampil ? (
        <div className={styles.panel}>
          {status === 'memuat' ? (
            <p className={styles.info}>
              <Translate id="cari.memuat">Memuat indeks pencarian…</Translate>
            </p>
          ) : status === 'gagal' || gagal ? (
            <p className={styles.info}>
              <Translate id="cari.gagal">Indeks pencarian tidak bisa dimuat. Periksa sambungan, atau buka halaman ini lagi saat ada sinyal.</Translate>
            </p>
          ) : urut.length === 0 && status === 'siap' && !menunggu ? (
            <p className={styles.info}>
              <Translate id="cari.kosong" values={{ q }}>
                {'Tidak ada hasil untuk “{q}”.'}
              </Translate>
            </p>
          ) : null}
          <div id={`${id}-daftar`} role="listbox" aria-label={translate({ id: 'cari.hasil', message: 'Hasil pencarian' })}>
            {grupUrut.map((j) => {
              const grup = urut.filter((h) => h.dokumen.jenis === j);
              if (grup.length === 0) return null;
              return (
                <div key={j} role="group" aria-label={jenis[j]}>
                  <p className={styles.grup} aria-hidden="true">
                    {jenis[j]}
                  </p>
                  {grup.map((h) => {
                    nomor += 1;
                    const i = nomor;
                    return (
                      <div
                        key={h.dokumen.url}
                        id={idOpsi(i)}
                        role="option"
                        aria-selected={aktif === i}
                        className={aktif === i ? `${styles.opsi} ${styles.aktif}` : styles.opsi}
                        onMouseDown={(e) => {
                          e.preventDefault();
                          pergi(h.dokumen.url);
                        }}
                      >
                        <span className={styles.judul}>
                          {h.dokumen.dicabut ? <span className={styles.dicabut}>{dicabut} </span> : null}
                          <Sorotan teks={h.dokumen.bagian || h.dokumen.judul} istilah={h.istilah} sorot={sorot} />
                        </span>
                        {h.dokumen.bagian ? <span className={styles.halaman}>{h.dokumen.judul}</span> : null}
                        {h.dokumen.cuplikan ? (
                          <span className={styles.cuplikan}>
                            <Sorotan teks={h.dokumen.cuplikan} istilah={h.istilah} sorot={sorot} />
                          </span>
                        ) : null}
                      </div>
                    );
                  })}
                </div>
              );
            })}
          </div>
          {q.trim() ? (
            <Link className={styles.semua} to={semua} onClick={() => setBuka(false)}>
              <Translate id="cari.semua">Lihat semua hasil dan saring</Translate>
            </Link>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
