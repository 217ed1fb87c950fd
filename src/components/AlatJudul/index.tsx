import React, { useRef, useState, type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import { salinKePapan } from '@site/src/lib/web/clipboard';
import { muatQr } from '@site/src/components/KakiCetak/qr';
import styles from './styles.module.css';

interface Props {
  id: string;
  /** The heading's text, for sharing. */
  judul: string;
  /** Formatted citation ("Pasal 2 ayat (1) UU Nomor 21 Tahun 2007") on regulation pages. */
  kutipan?: string;
}

/**
 * Under every section heading: copy a link to exactly this section, share it (the phone's own
 * share sheet, or WhatsApp), or show a QR code of it for a slide or a printed handout. The QR
 * code is made on the phone, by a library loaded only when asked; no service is contacted.
 */
export default function AlatJudul({ id, judul, kutipan }: Props): ReactNode {
  const [pesan, setPesan] = useState('');
  const [qr, setQr] = useState<{ svg: string; url: string } | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const tautan = (): string => `${window.location.origin}${window.location.pathname}#${id}`;
  const nama = kutipan ?? judul;

  async function salin(teks: string, berhasil: string): Promise<void> {
    const ok = await salinKePapan(teks);
    setPesan(ok ? berhasil : translate({ id: 'pasal.gagal', message: 'Tidak bisa menyalin; salin dari bilah alamat.' }));
  }

  async function bagikan(): Promise<void> {
    const url = tautan();
    const data = { title: `${nama} — Pustaka TPPO`, url };
    if (typeof navigator.share === 'function' && (!navigator.canShare || navigator.canShare(data))) {
      try {
        await navigator.share(data);
        return;
      } catch {
        // Cancelled by the person, or refused: offer WhatsApp instead.
      }
    }
    window.open(`https://wa.me/?text=${encodeURIComponent(`${nama}: ${url}`)}`, '_blank', 'noopener');
  }

  async function tampilkanQr(): Promise<void> {
    const buat = await muatQr();
    const url = tautan();
    setQr({ svg: buat(url, 1), url });
    dialog.current?.showModal();
  }

  return (
    <div className={styles.alat} data-cari-abaikan="">
      <button
        type="button"
        className={styles.tombol}
        aria-label={translate({ id: 'pasal.salinTautan.label', message: 'Salin tautan ke {kutipan}' }, { kutipan: nama })}
        onClick={() => void salin(tautan(), translate({ id: 'pasal.tautanTersalin', message: 'Tautan tersalin.' }))}
      >
        {translate({ id: 'pasal.salinTautan', message: 'Salin tautan' })}
      </button>
      {kutipan ? (
        <button
          type="button"
          className={styles.tombol}
          aria-label={translate({ id: 'pasal.salinKutipan.label', message: 'Salin kutipan: {kutipan}' }, { kutipan })}
          onClick={() => void salin(kutipan, translate({ id: 'pasal.kutipanTersalin', message: 'Kutipan tersalin: {kutipan}' }, { kutipan }))}
        >
          {translate({ id: 'pasal.salinKutipan', message: 'Salin kutipan' })}
        </button>
      ) : null}
      <button
        type="button"
        className={styles.tombol}
        aria-label={translate({ id: 'judul.bagikan.label', message: 'Bagikan tautan ke {judul}' }, { judul: nama })}
        onClick={() => void bagikan()}
      >
        {translate({ id: 'judul.bagikan', message: 'Bagikan' })}
      </button>
      <button
        type="button"
        className={styles.tombol}
        aria-label={translate({ id: 'judul.qr.label', message: 'Tampilkan kode QR untuk {judul}' }, { judul: nama })}
        onClick={() => void tampilkanQr()}
      >
        QR
      </button>
      <span className={styles.pesan} role="status">
        {pesan}
      </span>
      <dialog ref={dialog} className={styles.dialog} aria-label={translate({ id: 'judul.qr.judul', message: 'Kode QR bagian ini' })}>
        {/* The SVG is the QR library's output for our own address; nothing typed by anyone. */}
        {qr ? <div className={styles.qr} dangerouslySetInnerHTML={{ __html: qr.svg }} /> : null}
        <p className={styles.url}>{nama}</p>
        <p className={styles.url}>{qr?.url}</p>
        <form method="dialog">
          <button type="submit" className="button button--primary">
            {translate({ id: 'judul.qr.tutup', message: 'Tutup' })}
          </button>
        </form>
      </dialog>
    </div>
  );
}
