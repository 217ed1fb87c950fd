import React, { useState, type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { hurufPilihan, shuffleSoal, type Soal } from '@site/src/lib/kuis';
import styles from './styles.module.css';

export type { Soal };

/**
 * A short quiz checked in the browser: nothing is stored or sent. Printed, it shows the
 * questions with empty boxes, and the answer key on its own for the trainer.
 */
export default function Kuis({ id, soal: ditulis }: { id: string; soal: Soal[] }): ReactNode {
  // The options in the order this quiz shows them (src/lib/kuis): the same on every render.
  const soal = shuffleSoal(id, ditulis);
  const [pilih, setPilih] = useState<(number | undefined)[]>([]);
  const [periksa, setPeriksa] = useState(false);
  const benar = soal.filter((s, i) => pilih[i] === s.jawaban).length;
  return (
    <div className={styles.kuis}>
      <ol>
        {soal.map((s, i) => (
          <li key={s.tanya}>
            <fieldset className={styles.soal}>
              <legend>{s.tanya}</legend>
              {s.pilihan.map((p, j) => (
                <label key={p} className={styles.pilihan}>
                  <input
                    type="radio"
                    name={`${id}-${i}`}
                    checked={pilih[i] === j}
                    onChange={() => {
                      const baru = [...pilih];
                      baru[i] = j;
                      setPilih(baru);
                    }}
                  />
                  <span className={styles.huruf}>{hurufPilihan(j)}.</span> {p}
                  {periksa && j === s.jawaban ? <strong className={styles.benar}> ✓</strong> : null}
                </label>
              ))}
              {periksa ? (
                <p className={pilih[i] === s.jawaban ? styles.ok : styles.salah} role="status">
                  {pilih[i] === s.jawaban ? translate({ id: 'kuis.benar', message: 'Benar.' }) : translate({ id: 'kuis.belumTepat', message: 'Belum tepat.' })} {s.penjelasan}
                </p>
              ) : null}
            </fieldset>
          </li>
        ))}
      </ol>
      <div className={styles.aksi}>
        <button type="button" className="button button--primary" onClick={() => setPeriksa(true)}>
          <Translate id="kuis.periksa">Periksa jawaban</Translate>
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setPilih([]);
            setPeriksa(false);
          }}
        >
          <Translate id="kuis.ulang">Ulangi</Translate>
        </button>
        {periksa ? (
          <span role="status">
            <Translate id="kuis.skor" values={{ benar, total: soal.length }}>
              {'{benar} dari {total} benar. Skor tidak dikirim ke mana pun.'}
            </Translate>
          </span>
        ) : null}
      </div>
      <details className={styles.kunci}>
        <summary>
          <Translate id="kuis.kunci">Kunci jawaban untuk pelatih</Translate>
        </summary>
        <ol>
          {soal.map((s) => (
            <li key={s.tanya}>
              <strong>
                {hurufPilihan(s.jawaban)}. {s.pilihan[s.jawaban]}
              </strong>{' '}
              — {s.penjelasan}
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
