/**
 * The site's root: the pages, and the notice of a new build for readers with an offline copy.
 * The notice's code loads only on a page a service worker controls (a reader who pressed
 * "Simpan"); everyone else never downloads it.
 */
import React, { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';

const VersiBaru = lazy(() => import('@site/src/components/VersiBaru'));

export default function Root({ children }: { children: ReactNode }): ReactNode {
  const [dikendalikan, setDikendalikan] = useState(false);
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return undefined;
    const cek = (): void => setDikendalikan(Boolean(navigator.serviceWorker.controller));
    cek();
    navigator.serviceWorker.addEventListener('controllerchange', cek);
    return () => navigator.serviceWorker.removeEventListener('controllerchange', cek);
  }, []);
  return (
    <>
      {children}
      {dikendalikan ? (
        <Suspense fallback={null}>
          <VersiBaru />
        </Suspense>
      ) : null}
    </>
  );
}
