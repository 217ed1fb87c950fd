/**
 * The page's side of the service worker (src/plugins/terbit/pekerja.js): find this locale's
 * registration, register it when the reader asks, and talk to it. Nothing here runs before the
 * reader presses a button, except looking up a registration that already exists.
 */

export type KodeGagal = 'jaringan' | 'berubah' | 'penyimpanan' | 'lain';

export type Jawaban = { ok: true; siap?: boolean; ada?: boolean; jumlah?: number; ukuran?: number; versi?: string } | { ok: false; kode: KodeGagal; pesan: string };

/** The worker exists only in a production build (src/plugins/terbit writes it after the build). */
export const didukung = (): boolean => process.env.NODE_ENV === 'production' && typeof navigator !== 'undefined' && 'serviceWorker' in navigator && typeof caches !== 'undefined';

/** This locale's registration (scope = base URL), not a wider one that happens to cover the page. */
export async function registrasi(dasar: string): Promise<ServiceWorkerRegistration | undefined> {
  if (!didukung()) return undefined;
  const scope = new URL(dasar, window.location.origin).href;
  const reg = await navigator.serviceWorker.getRegistration(dasar);
  return reg?.scope === scope ? reg : undefined;
}

export async function daftarkan(dasar: string): Promise<ServiceWorkerRegistration> {
  return (await registrasi(dasar)) ?? navigator.serviceWorker.register(`${dasar}sw.js`, { scope: dasar, updateViaCache: 'none' });
}

/** The registration's active worker, waiting for a first install to finish. */
export function aktif(reg: ServiceWorkerRegistration): Promise<ServiceWorker> {
  if (reg.active) return Promise.resolve(reg.active);
  return new Promise((ok, gagal) => {
    const w = reg.installing ?? reg.waiting;
    if (!w) {
      gagal(new Error('no worker'));
      return;
    }
    w.addEventListener('statechange', () => {
      if (w.state === 'activated') ok(w);
      else if (w.state === 'redundant') gagal(new Error('worker redundant'));
    });
  });
}

export function kirim(w: ServiceWorker, type: 'SIMPAN' | 'PERIKSA' | 'HAPUS' | 'PAKAI'): Promise<Jawaban> {
  return new Promise((selesai) => {
    const kanal = new MessageChannel();
    kanal.port1.onmessage = (e: MessageEvent<Jawaban>) => selesai(e.data);
    w.postMessage({ type }, [kanal.port2]);
  });
}
