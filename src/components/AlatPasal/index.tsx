import React, { useState, type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import { kutipanPasal, type IdentitasRegulasi } from '@site/src/lib/regulasi/sebutan';
import { salinKePapan } from '@site/src/lib/web/salin';
import styles from './styles.module.css';

interface Props {
  id: string;
  regulasi: IdentitasRegulasi;
}

/** "Salin tautan" and "Salin kutipan" under a pasal heading, for trainers' slides and handouts. */
export default function AlatPasal({ id, regulasi }: Props): ReactNode {
  const [pesan, setPesan] = useState('');
  const kutipan = kutipanPasal(id, regulasi);
  if (!kutipan) return null;

  async function salin(teks: string, berhasil: string): Promise<void> {
    const ok = await salinKePapan(teks);
    setPesan(ok ? berhasil : translate({ id: 'pasal.gagal', message: 'Tidak bisa menyalin; salin dari bilah alamat.' }));
  }

  const tautan = (): string => `${window.location.origin}${window.location.pathname}#${id}`;
  return (
    <div className={styles.alat} data-cari-abaikan="">
      <button
        type="button"
        className={styles.tombol}
        aria-label={translate({ id: 'pasal.salinTautan.label', message: 'Salin tautan ke {kutipan}' }, { kutipan })}
        onClick={() => void salin(tautan(), translate({ id: 'pasal.tautanTersalin', message: 'Tautan tersalin.' }))}>
        {translate({ id: 'pasal.salinTautan', message: 'Salin tautan' })}
      </button>
      <button
        type="button"
        className={styles.tombol}
        aria-label={translate({ id: 'pasal.salinKutipan.label', message: 'Salin kutipan: {kutipan}' }, { kutipan })}
        onClick={() => void salin(kutipan, translate({ id: 'pasal.kutipanTersalin', message: 'Kutipan tersalin: {kutipan}' }, { kutipan }))}>
        {translate({ id: 'pasal.salinKutipan', message: 'Salin kutipan' })}
      </button>
      <span className={styles.pesan} role="status">
        {pesan}
      </span>
    </div>
  );
}
