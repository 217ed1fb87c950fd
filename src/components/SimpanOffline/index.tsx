import React, { useCallback, useEffect, useState, type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { aktif, daftarkan, didukung, kirim, registrasi, type KodeGagal } from './pekerja';
import styles from './styles.module.css';

type Keadaan =
  | { jenis: 'awal' }
  | { jenis: 'menyimpan' }
  | { jenis: 'siap'; jumlah: number; ukuran: number }
  | { jenis: 'rusak' }
  | { jenis: 'gagal'; kode: KodeGagal }
  | { jenis: 'tidak-didukung' };

function pesanGagal(kode: KodeGagal): string {
  switch (kode) {
    case 'jaringan':
      return translate({ id: 'offline.gagal.jaringan', message: 'Belum tersimpan: sinyal putus. Coba lagi saat ada sinyal.' });
    case 'berubah':
      return translate({ id: 'offline.gagal.berubah', message: 'Belum tersimpan: situs baru diperbarui. Muat ulang halaman, lalu simpan lagi.' });
    case 'penyimpanan':
      return translate({ id: 'offline.gagal.penyimpanan', message: 'Belum tersimpan: ruang penyimpanan ponsel penuh atau menolak.' });
    default:
      return translate({ id: 'offline.gagal.lain', message: 'Belum tersimpan. Coba lagi saat ada sinyal.' });
  }
}

const mb = (b: number): string => (b / 1_048_576).toLocaleString(undefined, { maximumFractionDigits: 1 });

/**
 * "Simpan untuk dibaca offline". Registers the service worker only when pressed, asks it to store
 * the core pages (the list is fixed at build time: src/lib/web/offline.ts), and says "Siap
 * offline" only when the worker has read every stored file back and matched its hash. On every
 * visit, and whenever the tab comes back into view, it asks again, so a copy the browser
 * evicted or the reader cleared is not called ready.
 */
export default function SimpanOffline(): ReactNode {
  const dasar = useBaseUrl('/');
  const [k, setK] = useState<Keadaan>({ jenis: 'awal' });

  const periksa = useCallback(async (): Promise<void> => {
    const reg = await registrasi(dasar);
    if (!reg?.active) {
      setK((s) => (s.jenis === 'menyimpan' ? s : { jenis: 'awal' }));
      return;
    }
    const j = await kirim(reg.active, 'PERIKSA');
    setK((s) => {
      if (s.jenis === 'menyimpan') return s;
      if (j.ok && j.siap) return { jenis: 'siap', jumlah: j.jumlah ?? 0, ukuran: j.ukuran ?? 0 };
      return j.ok && j.ada ? { jenis: 'rusak' } : { jenis: 'awal' };
    });
  }, [dasar]);

  useEffect(() => {
    if (!didukung()) {
      setK({ jenis: 'tidak-didukung' });
      return undefined;
    }
    void periksa();
    const lihat = (): void => {
      if (document.visibilityState === 'visible') void periksa();
    };
    document.addEventListener('visibilitychange', lihat);
    window.addEventListener('pageshow', lihat);
    return () => {
      document.removeEventListener('visibilitychange', lihat);
      window.removeEventListener('pageshow', lihat);
    };
  }, [periksa]);

  async function simpan(): Promise<void> {
    setK({ jenis: 'menyimpan' });
    let reg: ServiceWorkerRegistration | undefined;
    try {
      reg = await daftarkan(dasar);
      const j = await kirim(await aktif(reg), 'SIMPAN');
      if (j.ok) {
        setK({ jenis: 'siap', jumlah: j.jumlah ?? 0, ukuran: j.ukuran ?? 0 });
        return;
      }
      setK({ jenis: 'gagal', kode: j.kode });
    } catch {
      setK({ jenis: 'gagal', kode: 'lain' });
    }
    // Nothing was kept: leave no worker behind either.
    const sisa = reg?.active ? await kirim(reg.active, 'PERIKSA') : null;
    if (reg && !(sisa?.ok && sisa.ada)) await reg.unregister();
  }

  async function hapus(): Promise<void> {
    const reg = await registrasi(dasar);
    if (reg?.active) await kirim(reg.active, 'HAPUS');
    await reg?.unregister();
    setK({ jenis: 'awal' });
  }

  if (k.jenis === 'tidak-didukung') return null;
  const ada = k.jenis === 'siap' || k.jenis === 'rusak';
  return (
    <div className={styles.simpan} data-cari-abaikan="">
      {k.jenis !== 'siap' ? (
        <button type="button" className="button button--outline button--primary" onClick={() => void simpan()} disabled={k.jenis === 'menyimpan'}>
          <Translate id="offline.simpan">Simpan untuk dibaca offline</Translate>
        </button>
      ) : null}
      <span role="status" className={styles.status} data-offline={k.jenis}>
        {k.jenis === 'menyimpan' ? translate({ id: 'offline.menyimpan', message: 'Menyimpan… jangan tutup halaman ini.' }) : null}
        {k.jenis === 'siap'
          ? translate(
              {
                id: 'offline.siap',
                message: 'Siap offline: {n} halaman inti (lapor, tanda bahaya, buat laporan, cek perekrut, cari) tersimpan di ponsel ini, {mb} MB, diperiksa utuh.',
              },
              { n: k.jumlah, mb: mb(k.ukuran) },
            )
          : null}
        {k.jenis === 'rusak' ? translate({ id: 'offline.rusak', message: 'Salinan offline tidak utuh lagi (mungkin dihapus peramban). Simpan lagi saat ada sinyal.' }) : null}
        {k.jenis === 'gagal' ? pesanGagal(k.kode) : null}
        {k.jenis === 'awal'
          ? translate({ id: 'offline.awal', message: 'Sekitar 1,5 MB. Belum ada yang tersimpan di ponsel ini; sesudah disimpan, halaman inti bisa dibuka tanpa sinyal.' })
          : null}
      </span>
      {ada ? (
        <button type="button" className="button button--link" onClick={() => void hapus()}>
          <Translate id="offline.hapus">Hapus salinan offline</Translate>
        </button>
      ) : null}
    </div>
  );
}
