import React, { useEffect, useState, type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { kirim } from '@site/src/components/SimpanOffline/pekerja';

// Inline styles: this code loads only for readers with an offline copy, so its styles stay out
// of the stylesheet every page downloads. (The CSP allows inline styles, not scripts.)
const KOTAK: React.CSSProperties = {
  position: 'fixed',
  inset: 'auto 0.5rem 0.5rem 0.5rem',
  zIndex: 300,
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: '0.5rem',
  maxWidth: '40rem',
  margin: '0 auto',
  padding: '0.75rem',
  border: '2px solid var(--ifm-color-primary)',
  borderRadius: '0.5rem',
  background: 'var(--ifm-background-surface-color)',
  boxShadow: '0 2px 8px rgb(0 0 0 / 25%)',
};
const TOMBOL: React.CSSProperties = { minHeight: 44 };

/**
 * For a reader who keeps an offline copy: when a new build has been stored next to the old one
 * (its worker is waiting), says so once and switches on request. The switch is whole: the new
 * worker takes over every tab at once, and every tab reloads (controllerchange), so no tab mixes
 * the old pages with the new scripts. Closing all tabs switches too, on the next visit.
 */
export default function VersiBaru(): ReactNode {
  const dasar = useBaseUrl('/');
  const [menunggu, setMenunggu] = useState<ServiceWorker | null>(null);
  const [tutup, setTutup] = useState(false);

  useEffect(() => {
    if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return undefined;
    let batal = false;
    let dikendalikan = Boolean(navigator.serviceWorker.controller);
    const ganti = (): void => {
      if (dikendalikan) window.location.reload();
      dikendalikan = true;
    };
    navigator.serviceWorker.addEventListener('controllerchange', ganti);
    let reg: ServiceWorkerRegistration | undefined;
    const cek = (): void => {
      if (!batal && reg?.waiting && navigator.serviceWorker.controller) setMenunggu(reg.waiting);
    };
    const lihat = (): void => {
      if (document.visibilityState === 'visible') void reg?.update().catch(() => undefined);
    };
    // Resolves once this page has an active worker: at once for a reader with a copy, or when
    // the reader first presses Simpan; never for anyone else.
    void navigator.serviceWorker.ready.then((r) => {
      if (batal || r.scope !== new URL(dasar, window.location.origin).href) return;
      reg = r;
      cek();
      r.addEventListener('updatefound', () => {
        const w = r.installing;
        w?.addEventListener('statechange', () => {
          if (w.state === 'installed') cek();
        });
      });
      // A tab left open asks for a new build whenever the reader comes back to it.
      document.addEventListener('visibilitychange', lihat);
      lihat();
    });
    return () => {
      batal = true;
      navigator.serviceWorker.removeEventListener('controllerchange', ganti);
      document.removeEventListener('visibilitychange', lihat);
    };
  }, [dasar]);

  if (!menunggu || tutup) return null;
  return (
    <div style={KOTAK} className="versi-baru" role="status" data-versi-baru="">
      <p style={{ flex: '1 1 100%', margin: 0 }}>
        <Translate id="offline.versiBaru">Versi baru Pustaka TPPO sudah tersimpan di ponsel ini. Halaman yang Anda buka masih versi lama.</Translate>
      </p>
      <button type="button" className="button button--primary" style={TOMBOL} onClick={() => void kirim(menunggu, 'PAKAI')}>
        <Translate id="offline.versiBaru.pakai">Buka versi baru</Translate>
      </button>
      <button type="button" className="button button--link" style={TOMBOL} onClick={() => setTutup(true)}>
        <Translate id="offline.versiBaru.nanti">Nanti</Translate>
      </button>
    </div>
  );
}
