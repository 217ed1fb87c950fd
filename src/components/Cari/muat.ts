/**
 * Loads the search index on first use (focus of a search box, or the search page opening):
 * the small manifest first, then the content-hashed index, which browsers may cache for good.
 * Snippets are a separate file, fetched when the first results are shown.
 */
import { useCallback, useEffect, useState } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type { Searcher } from '@site/src/lib/search/query';
import type { CompactIndex } from '@site/src/lib/search/compact-index';
import type { Segment } from '@site/src/lib/search/highlight';

export type FungsiSorot = (teks: string, istilah: readonly string[]) => Segment[];

interface Manifest {
  berkas: string;
  cuplikan: string;
}

interface Termuat {
  pencari: Searcher;
  sorot: FungsiSorot;
  manifest: Manifest;
}

const cache = new Map<string, Promise<Termuat>>();
const cacheCuplikan = new Map<string, Promise<string[]>>();

async function ambilJson<T>(url: string, init?: RequestInit): Promise<T> {
  const r = await fetch(url, init);
  if (!r.ok) throw new Error(`${url}: ${r.status}`);
  return (await r.json()) as T;
}

function muat(dasar: string): Promise<Termuat> {
  let p = cache.get(dasar);
  if (!p) {
    p = (async () => {
      // The manifest changes with every build; the file it names never does.
      const [mesin, manifest] = await Promise.all([import('./mesin'), ambilJson<Manifest>(`${dasar}indeks-cari.json`, { cache: 'no-cache' })]);
      const ringkas = await ambilJson<CompactIndex>(`${dasar}${manifest.berkas}`);
      return { pencari: mesin.createSearcher(ringkas), sorot: mesin.highlight, manifest };
    })();
    p.catch(() => cache.delete(dasar));
    cache.set(dasar, p);
  }
  return p;
}

export type StatusMuat = 'belum' | 'memuat' | 'siap' | 'gagal';

export function useIndeksCari(): {
  status: StatusMuat;
  pencari: Searcher | null;
  sorot: FungsiSorot | null;
  mulai: () => void;
  cuplikan: string[] | null;
  mintaCuplikan: () => void;
} {
  const dasar = useBaseUrl('/');
  const [status, setStatus] = useState<StatusMuat>('belum');
  const [pencari, setPencari] = useState<Searcher | null>(null);
  const [sorot, setSorot] = useState<FungsiSorot | null>(null);
  const [cuplikan, setCuplikan] = useState<string[] | null>(null);
  const [manifest, setManifest] = useState<Manifest | null>(null);

  const mulai = useCallback(() => {
    if (status === 'memuat' || status === 'siap') return;
    setStatus('memuat');
    muat(dasar).then(
      (h) => {
        setPencari(h.pencari);
        setSorot(() => h.sorot);
        setManifest(h.manifest);
        setStatus('siap');
      },
      () => setStatus('gagal'),
    );
  }, [dasar, status]);

  const mintaCuplikan = useCallback(() => {
    if (!manifest || cuplikan) return;
    let p = cacheCuplikan.get(manifest.cuplikan);
    if (!p) {
      p = ambilJson<string[]>(`${dasar}${manifest.cuplikan}`);
      cacheCuplikan.set(manifest.cuplikan, p);
    }
    p.then(setCuplikan, () => cacheCuplikan.delete(manifest.cuplikan));
  }, [dasar, manifest, cuplikan]);

  return { status, pencari, sorot, mulai, cuplikan, mintaCuplikan };
}

/** Loads as soon as the component mounts (the search page). */
export function useIndeksCariSegera(): ReturnType<typeof useIndeksCari> {
  const i = useIndeksCari();
  const { mulai } = i;
  useEffect(() => mulai(), [mulai]);
  return i;
}
