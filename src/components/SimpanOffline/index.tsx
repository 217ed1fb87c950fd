import React, { useEffect, useState, type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import styles from './styles.module.css';

/** The pages an RT head or job seeker needs without signal. */
const INTI = ['/', '/sop', '/sop/lapor-rt', '/sop/tanda-bahaya', '/sop/buat-laporan', '/sop/formulir-laporan', '/perekrut/cek', '/perekrut/daftar', '/cari'];
const DITANDAI = 'pustaka-tppo:offline';

type Keadaan = { jenis: 'awal' } | { jenis: 'menyimpan' } | { jenis: 'siap'; jumlah: number } | { jenis: 'gagal'; pesan: string } | { jenis: 'tidak-didukung' };

/**
 * "Simpan untuk dibaca offline": asks the service worker (src/sw.ts) to store the core pages,
 * their scripts and the search index, and says "siap offline" only after it confirms.
 */
export default function SimpanOffline(): ReactNode {
  const halaman = INTI.map((p) => useBaseUrl(p));
  const manifest = useBaseUrl('/indeks-cari.json');
  const [k, setK] = useState<Keadaan>({ jenis: 'awal' });
  const [versiBaru, setVersiBaru] = useState(false);

  useEffect(() => {
    if (!('serviceWorker' in navigator)) {
      setK({ jenis: 'tidak-didukung' });
      return undefined;
    }
    const sudah = window.localStorage.getItem(DITANDAI);
    if (sudah) setK({ jenis: 'siap', jumlah: Number(sudah) });
    // A new version of the site took over: the stored copy should be refreshed.
    const ganti = (): void => {
      if (window.localStorage.getItem(DITANDAI)) setVersiBaru(true);
    };
    navigator.serviceWorker.addEventListener('controllerchange', ganti);
    return () => navigator.serviceWorker.removeEventListener('controllerchange', ganti);
  }, []);

  async function simpan(): Promise<void> {
    setK({ jenis: 'menyimpan' });
    setVersiBaru(false);
    try {
      const reg = await navigator.serviceWorker.ready;
      const sw = reg.active;
      if (!sw) throw new Error(translate({ id: 'offline.belumSiap', message: 'Layanan offline belum aktif; coba lagi sebentar.' }));
      // Load every script the core pages need (Docusaurus' own route preloading) and the search
      // code, then hand the worker the list of everything loaded, so all of it is stored.
      const dc = (window as unknown as { docusaurus?: { preload: (p: string) => Promise<unknown> } }).docusaurus;
      await Promise.all([...INTI.map((p) => dc?.preload(p)), import('@site/src/components/Cari/mesin')]);
      const aset = performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((u) => u.startsWith(window.location.origin) && /\/(assets|img)\//.test(u));
      const jawab = await new Promise<{ ok: boolean; jumlah?: number; pesan?: string }>((selesai) => {
        const kanal = new MessageChannel();
        kanal.port1.onmessage = (e: MessageEvent<{ ok: boolean; jumlah?: number; pesan?: string }>) => selesai(e.data);
        sw.postMessage({ type: 'SIMPAN_OFFLINE', halaman, lain: [manifest], aset }, [kanal.port2]);
      });
      if (!jawab.ok) throw new Error(jawab.pesan);
      window.localStorage.setItem(DITANDAI, String(jawab.jumlah ?? halaman.length));
      setK({ jenis: 'siap', jumlah: jawab.jumlah ?? halaman.length });
    } catch (err) {
      setK({ jenis: 'gagal', pesan: err instanceof Error ? err.message : String(err) });
    }
  }

  if (k.jenis === 'tidak-didukung') return null;
  return (
    <div className={styles.simpan} data-cari-abaikan="">
      <button type="button" className="button button--outline button--primary" onClick={() => void simpan()} disabled={k.jenis === 'menyimpan'}>
        {k.jenis === 'siap' ? (
          <Translate id="offline.simpanLagi">Perbarui salinan offline</Translate>
        ) : (
          <Translate id="offline.simpan">Simpan untuk dibaca offline</Translate>
        )}
      </button>
      <span role="status" className={styles.status} data-offline={k.jenis}>
        {k.jenis === 'menyimpan' ? translate({ id: 'offline.menyimpan', message: 'Menyimpan… jangan tutup halaman ini.' }) : null}
        {k.jenis === 'siap'
          ? translate({ id: 'offline.siap', message: 'Siap offline: {n} halaman inti (lapor, tanda bahaya, buat laporan, cek perekrut, cari) tersimpan di ponsel ini.' }, { n: k.jumlah })
          : null}
        {k.jenis === 'gagal' ? translate({ id: 'offline.gagal', message: 'Belum tersimpan ({pesan}). Coba lagi saat ada sinyal.' }, { pesan: k.pesan }) : null}
        {k.jenis === 'awal' ? translate({ id: 'offline.awal', message: 'Sekitar 1 MB. Setelah tersimpan, halaman inti tetap bisa dibuka tanpa sinyal.' }) : null}
      </span>
      {versiBaru ? (
        <p className={styles.baru} role="status">
          <Translate id="offline.versiBaru">Versi baru situs tersedia. Tekan "Perbarui salinan offline" agar salinan di ponsel ini ikut diperbarui.</Translate>
        </p>
      ) : null}
    </div>
  );
}
