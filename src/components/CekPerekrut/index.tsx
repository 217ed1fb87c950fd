import React, { useId, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {
  invalidQueryReason,
  bahasa,
  fill,
  evidenceKind,
  KATA_BUKTI,
  KATA_DISEBUT_SESUDAH,
  KATA_PERINGATAN,
  KATA_PERISTIWA,
  KATA_STATUS,
  KATA_VERDICT,
  type Entitas,
  type CheckResult,
  type Candidate,
  type Peristiwa,
} from '@site/src/lib/perekrut';
import { formatDate } from '@site/src/lib/content/date';
import { usePencocok } from './data';
import Cakupan from './Cakupan';
import styles from './styles.module.css';

export function tanggal(t: string, locale: string): string {
  if (!t) return translate({ id: 'perekrut.tanpaTanggal', message: 'tanggal tidak diketahui' });
  return /^\d{4}(-\d{2})?(-\d{2})?$/.test(t) ? formatDate(t, locale) : t;
}

function Sumber({ p }: { p: Peristiwa }): ReactNode {
  return p.sumber_url ? (
    <a href={p.sumber_url} rel="noopener noreferrer">
      {p.sumber}
    </a>
  ) : (
    <>{p.sumber}</>
  );
}

function KartuEntitas({ k, provinsi, tampilSkor }: { k: Candidate; provinsi: string; tampilSkor: boolean }): ReactNode {
  const { i18n } = useDocusaurusContext();
  const b = bahasa(i18n.currentLocale);
  const e: Entitas = k.entitas;
  const sesudah = e.disebutSesudah.at(-1);
  const cabang = e.kantor.filter((x) => x.provinsi === provinsi);
  return (
    <li className={styles.entitas}>
      <p className={styles.nama}>
        <strong>{e.nama}</strong> <span className={`${styles.status} ${styles[`nada_${KATA_STATUS[e.status].nada}`] ?? ''}`}>{KATA_STATUS[e.status].label[b]}</span>
        {tampilSkor ? <span className={styles.skor}> ({Math.round(k.skor * 100)}% mirip)</span> : null}
      </p>
      <p className={styles.kecil}>
        <Translate id="perekrut.nomorIzin" values={{ nomor: e.nomorIzin.join(', ') || translate({ id: 'perekrut.nomorTidakTercatat', message: 'tidak tercatat di sumber kami' }) }}>
          {'Nomor izin: {nomor}'}
        </Translate>
      </p>
      <p className={styles.kecil}>
        <Translate
          id="perekrut.bukti"
          values={{
            bukti: KATA_BUKTI[evidenceKind(e.dasar)][b],
            tanggal: tanggal(e.dasar.tanggal_status, i18n.currentLocale),
            sumber: <Sumber p={e.dasar} />,
          }}
        >
          {'Dasar status ({bukti}, {tanggal}): {sumber}'}
        </Translate>
      </p>
      {sesudah ? (
        <p className={styles.peringatan}>{fill(KATA_DISEBUT_SESUDAH[b], { sumber: sesudah.sumber, tanggal: tanggal(sesudah.tanggal_status, i18n.currentLocale) })}</p>
      ) : null}
      <p className={styles.kecil}>
        {cabang.length > 0 ? (
          <Translate id="perekrut.adaCabang" values={{ provinsi, tempat: cabang.map((c) => c.kabupaten_kota || c.provinsi).join(', ') }}>
            {'Kantor tercatat di {provinsi}: {tempat}.'}
          </Translate>
        ) : (
          <Translate id="perekrut.tanpaCabang" values={{ provinsi }}>
            {'Data kami tidak mencatat kantor perusahaan ini di {provinsi}. Perekrutan P3MI dilakukan lewat kantor cabang yang terdaftar; tanyakan ke Disnaker setempat.'}
          </Translate>
        )}
      </p>
      {e.bertentangan ? (
        <p className={styles.peringatan}>
          <Translate id="perekrut.bertentangan">
            Riwayatnya bertentangan: perusahaan ini pernah dicabut atau dibekukan dan pernah disebut berizin. Periksa status terbarunya di SISKOP2MI.
          </Translate>
        </p>
      ) : null}
      {e.riwayat.length > 1 || e.ejaan.length > 0 ? (
        <details className={styles.riwayat}>
          <summary>
            <Translate id="perekrut.riwayat" values={{ n: e.riwayat.length }}>
              {'Riwayat ({n} pernyataan, terbaru dulu)'}
            </Translate>
          </summary>
          <ul>
            {e.riwayat.map((p, i) => (
              <li key={`${p.snapshot}-${i}`}>
                {tanggal(p.tanggal_status, i18n.currentLocale)}: {p.nama} — {KATA_PERISTIWA[p.status][b]} ({KATA_BUKTI[evidenceKind(p)][b]}) — <Sumber p={p} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <Link className={styles.kecil} to={`/perekrut/daftar#p-${e.id}`}>
        <Translate id="perekrut.lihatDiDaftar">Lihat di daftar</Translate>
      </Link>
    </li>
  );
}

/**
 * The recruiter check as you type. The registry arrived with the page; the name typed here is
 * matched on the phone itself and never sent anywhere.
 */
export default function CekPerekrut(): ReactNode {
  const { i18n } = useDocusaurusContext();
  const b = bahasa(i18n.currentLocale);
  const { pencocok } = usePencocok();
  const [q, setQ] = useState('');
  const [provinsi, setProvinsi] = useState('Nusa Tenggara Timur');
  const id = useId();
  const alasan = q ? invalidQueryReason(q) : null;
  const hasil: CheckResult | null = q && !alasan ? pencocok.cek(q) : null;
  const provinsiSemua = [
    ...new Set(['Nusa Tenggara Timur', 'Kalimantan Timur', ...pencocok.registri.entitas.flatMap((e) => e.kantor.map((k) => k.provinsi)).filter(Boolean)]),
  ].sort();

  return (
    <div className={styles.cek} data-cari-abaikan="">
      <label htmlFor={`${id}-nama`} className={styles.label}>
        <Translate id="perekrut.label">Nama perusahaan atau nomor izin</Translate>
      </label>
      <input
        id={`${id}-nama`}
        className={styles.input}
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        autoComplete="off"
        spellCheck={false}
        placeholder={translate({ id: 'perekrut.placeholder', message: 'mis. PT Bina Karya' })}
        aria-describedby={`${id}-privasi`}
      />
      <p id={`${id}-privasi`} className={styles.kecil}>
        <Translate id="perekrut.privasi">Pemeriksaan terjadi di ponsel Anda. Nama yang Anda ketik tidak dikirim ke mana pun.</Translate>
      </p>
      <label htmlFor={`${id}-prov`} className={styles.label}>
        <Translate id="perekrut.provinsi">Provinsi Anda (untuk melihat kantor cabang)</Translate>
      </label>
      <select id={`${id}-prov`} className={styles.input} value={provinsi} onChange={(e) => setProvinsi(e.target.value)}>
        {provinsiSemua.map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </select>

      <section className={styles.hasil} aria-live="polite" data-verdict={hasil?.verdict ?? (alasan ? 'masukan_tidak_sah' : 'kosong')}>
        {alasan ? <p>{alasan}</p> : null}
        {hasil ? (
          <>
            <h2 className={`${styles.verdict} ${styles[`nada_${KATA_VERDICT[hasil.verdict].nada}`] ?? ''}`} data-nada={KATA_VERDICT[hasil.verdict].nada}>
              {KATA_VERDICT[hasil.verdict].label[b]}
            </h2>
            <p>{KATA_VERDICT[hasil.verdict].penjelasan[b]}</p>
            {hasil.peringatan.map((p) => (
              <p key={p} className={styles.peringatan} data-peringatan={p}>
                {KATA_PERINGATAN[p][b]}
              </p>
            ))}
            {hasil.cocok.length > 0 ? (
              <ul className={styles.daftar}>
                {hasil.cocok.map((k) => (
                  <KartuEntitas key={k.entitas.id} k={k} provinsi={provinsi} tampilSkor={hasil.verdict === 'mirip'} />
                ))}
              </ul>
            ) : null}
            {hasil.lainMirip.length > 0 ? (
              <p className={styles.peringatan}>
                <Translate id="perekrut.lainMirip" values={{ nama: hasil.lainMirip.map((k) => k.entitas.nama).join('; ') }}>
                  {'Awas nama yang mirip (perusahaan lain): {nama}.'}
                </Translate>
              </p>
            ) : null}
            <p>
              <strong>{KATA_VERDICT[hasil.verdict].langkah[b]}</strong>
            </p>
          </>
        ) : null}
      </section>

      <Cakupan />
    </div>
  );
}
