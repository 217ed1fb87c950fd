/**
 * Loads search on first use (focus of a search box, or the search page opening): the small
 * manifest first, then the dictionary of the index folder it names. Every other index file (the
 * postings of the query's words, the fragments of the results shown) is fetched by the searcher
 * as a query needs it; all of them are immutable, so browsers may cache them for good.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type { Searcher, SearchOptions, SearchResult } from '@site/src/lib/search/query';
import type { IndexManifest } from '@site/src/lib/search/compact-index';
import type { Segment } from '@site/src/lib/search/highlight';

export type FungsiSorot = (teks: string, istilah: readonly string[]) => Segment[];

interface Termuat {
  pencari: Searcher;
  sorot: FungsiSorot;
}

const cache = new Map<string, Promise<Termuat>>();

async function ambilJson(url: string, init?: RequestInit): Promise<unknown> {
  const r = await fetch(url, init);
  if (!r.ok) throw new Error(`${url}: ${r.status}`);
  return r.json();
}

function muat(dasar: string): Promise<Termuat> {
  let p = cache.get(dasar);
  if (!p) {
    p = (async () => {
      // The manifest changes with every build; the folder it names never does.
      const [mesin, manifest] = await Promise.all([import('./mesin'), ambilJson(`${dasar}indeks-cari.json`, { cache: 'no-cache' }) as Promise<IndexManifest>]);
      const pencari = await mesin.createSearcher((name) => ambilJson(`${dasar}${manifest.dasar}${name}`));
      return { pencari, sorot: (teks, istilah) => pencari.sorot(teks, istilah) };
    })();
    p.catch(() => cache.delete(dasar));
    cache.set(dasar, p);
  }
  return p;
}

export type StatusMuat = 'belum' | 'memuat' | 'siap' | 'gagal';

export function useIndeksCari(): { status: StatusMuat; pencari: Searcher | null; sorot: FungsiSorot | null; mulai: () => void } {
  const dasar = useBaseUrl('/');
  const [status, setStatus] = useState<StatusMuat>('belum');
  const [pencari, setPencari] = useState<Searcher | null>(null);
  const [sorot, setSorot] = useState<FungsiSorot | null>(null);

  const mulai = useCallback(() => {
    if (status === 'memuat' || status === 'siap') return;
    setStatus('memuat');
    muat(dasar).then(
      (h) => {
        setPencari(h.pencari);
        setSorot(() => h.sorot);
        setStatus('siap');
      },
      () => setStatus('gagal'),
    );
  }, [dasar, status]);

  return { status, pencari, sorot, mulai };
}

/** Loads as soon as the component mounts (the search page). */
export function useIndeksCariSegera(): ReturnType<typeof useIndeksCari> {
  const i = useIndeksCari();
  const { mulai } = i;
  useEffect(() => mulai(), [mulai]);
  return i;
}

/**
 * The results of a query, as they arrive: a search fetches the index files it needs, so it is
 * asynchronous; only the answer to the latest query is ever shown. `gagal` is true when a file
 * could not be fetched (offline without a saved copy).
 */
export function useHasilCari(pencari: Searcher | null, q: string, opsi: SearchOptions): { hasil: SearchResult[]; menunggu: boolean; gagal: boolean } {
  const [keadaan, setKeadaan] = useState<{ hasil: SearchResult[]; menunggu: boolean; gagal: boolean }>({ hasil: [], menunggu: false, gagal: false });
  const giliran = useRef(0);
  const kunci = JSON.stringify(opsi);
  useEffect(() => {
    const ini = ++giliran.current;
    if (!pencari || !q.trim()) {
      setKeadaan({ hasil: [], menunggu: false, gagal: false });
      return;
    }
    setKeadaan((k) => ({ ...k, menunggu: true }));
    pencari.cari(q, JSON.parse(kunci) as SearchOptions).then(
      (hasil) => {
        if (ini === giliran.current) setKeadaan({ hasil, menunggu: false, gagal: false });
      },
      () => {
        if (ini === giliran.current) setKeadaan({ hasil: [], menunggu: false, gagal: true });
      },
    );
  }, [pencari, q, kunci]);
  return keadaan;
}
