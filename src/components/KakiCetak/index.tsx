import React, { useEffect, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { translate } from '@docusaurus/Translate';
import { formatDate } from '@site/src/lib/content/date';
import { qrSegera } from './qr';

/**
 * The footer a printed page carries: its address, its review date and a QR code of the address;
 * shown only on paper. The address is the one the page is open at, read when printing starts
 * (`beforeprint`), so every deployment prints its own. Without script, the page carries the
 * address the build was given (`SITE_URL`), with a QR code the build puts into the empty slot
 * (src/plugins/terbit); a build without an address prints only the page's path, and no QR code.
 * A QR code is printed only for the address it encodes.
 */
export default function KakiCetak({ tautan, diperbarui }: { tautan: string; diperbarui?: string }): ReactNode {
  const { siteConfig, i18n } = useDocusaurusContext();
  const tetap = siteConfig.customFields?.alamatTetap === true ? `${siteConfig.url.replace(/\/$/, '')}${tautan}` : null;
  const [cetak, setCetak] = useState<{ alamat: string; qr: string | null } | null>(null);

  useEffect(() => {
    const sebelum = (): void => {
      const alamat = window.location.href;
      flushSync(() => setCetak({ alamat, qr: qrSegera(alamat) }));
    };
    window.addEventListener('beforeprint', sebelum);
    return () => window.removeEventListener('beforeprint', sebelum);
  }, []);

  const alamat = cetak?.alamat ?? tetap ?? tautan;
  // The build's code stays only while the page is open at the address it encodes.
  const bawaan = !cetak?.qr && tetap !== null && alamat === tetap;
  return (
    <div className="cetak-kaki" aria-hidden="true">
      {cetak?.qr ? (
        <div className="cetak-kaki-qr" dangerouslySetInnerHTML={{ __html: cetak.qr }} />
      ) : (
        <div className="cetak-kaki-qr" data-qr={tetap ?? undefined} hidden={!bawaan} dangerouslySetInnerHTML={{ __html: '' }} />
      )}
      <div>
        <p>
          {translate({ id: 'cetak.alamat', message: 'Alamat' })}: <span className="cetak-kaki-alamat">{alamat}</span>
        </p>
        {diperbarui ? (
          <p>
            {translate({ id: 'cetak.diperiksa', message: 'Terakhir diperiksa' })}: {formatDate(diperbarui, i18n.currentLocale)}
          </p>
        ) : null}
        <p>Pustaka TPPO</p>
      </div>
    </div>
  );
}
