import React, { memo, useMemo, type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { bahasa, coverage, fill, KATA_BUKTI, KATA_CAKUPAN } from '@site/src/lib/perekrut';
import { formatDate } from '@site/src/lib/content/date';
import { selisihHari, usePencocok } from './data';
import styles from './styles.module.css';

const BATAS_UMUR_HARI = 90;

/**
 * What the registry covers, said on every page that shows a verdict or the list: how many firms
 * rest on an official list and how many on public statements only, the date of each snapshot,
 * and where to download it (written into the build by src/plugins/perekrut).
 */
function Cakupan(): ReactNode {
  const { i18n } = useDocusaurusContext();
  const b = bahasa(i18n.currentLocale);
  const { pencocok, hariIni } = usePencocok();
  const c = useMemo(() => coverage(pencocok.registri), [pencocok]);
  const folder = useBaseUrl('/data/perekrut/');
  return (
    <div className={styles.snapshot} data-cakupan="" data-resmi={c.resmi} data-publik={c.publik}>
      <p className={styles.kecil}>
        <strong>{fill(KATA_CAKUPAN[b], { resmi: c.resmi, publik: c.publik })}</strong>
      </p>
      {c.snapshot.map((s) => {
        const umur = s.tanggal ? selisihHari(s.tanggal, hariIni) : 0;
        const lisensi = pencocok.registri.snapshot.find((p) => p.id === s.id)?.lisensi;
        return (
          <p key={s.id} className={styles.kecil}>
            <Translate
              id="perekrut.snapshot"
              values={{ judul: s.judul, bukti: KATA_BUKTI[s.jenis][b], tanggal: s.tanggal ? formatDate(s.tanggal, i18n.currentLocale) : '—', n: s.perusahaan }}
            >
              {'Data: {judul} ({bukti}), disusun {tanggal}, {n} perusahaan.'}
            </Translate>{' '}
            <Translate id="perekrut.unduh">Unduh:</Translate> <a href={`${folder}${s.id}.csv`}>CSV</a> ·{' '}
            <a href={`${folder}${s.id}.json`}>
              <Translate id="perekrut.provenans">JSON (asal data)</Translate>
            </a>
            {lisensi ? (
              <>
                {' '}
                <Translate id="perekrut.lisensi" values={{ lisensi }}>
                  {'· lisensi {lisensi}'}
                </Translate>
              </>
            ) : null}
            {umur > BATAS_UMUR_HARI ? (
              <strong className={styles.peringatan}>
                {' '}
                <Translate id="perekrut.snapshotLama" values={{ hari: umur }}>
                  {'Data ini sudah berumur {hari} hari; status perusahaan bisa sudah berubah.'}
                </Translate>
              </strong>
            ) : null}
          </p>
        );
      })}
    </div>
  );
}

// No props: typing in the checker above does not re-render it.
export default memo(Cakupan);
