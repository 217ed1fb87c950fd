import React, { useRef, type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import { muatQr } from '@site/src/components/KakiCetak/qr';
import styles from './styles.module.css';

/** The section this button sits in: its heading and everything up to the next heading of the same or a higher level, or the page's sources. */
export function bagianDari(tombol: HTMLElement): HTMLElement[] {
  // The button stands alone after the heading, or inside a paragraph there.
  let awal: Element | null = tombol.parentElement?.tagName === 'P' ? tombol.parentElement : tombol;
  while (awal && !/^H[1-6]$/.test(awal.tagName)) awal = awal.previousElementSibling;
  if (!awal) return [];
  const tingkat = Number(awal.tagName[1]);
  const bagian: HTMLElement[] = [awal as HTMLElement];
  for (let el = awal.nextElementSibling; el; el = el.nextElementSibling) {
    if (/^H[1-6]$/.test(el.tagName) && Number(el.tagName[1]) <= tingkat) break;
    // The page's own blocks after the text (sources, print footer) are not part of any section.
    if (el.tagName === 'SECTION' || el.classList.contains('cetak-kaki')) break;
    bagian.push(el as HTMLElement);
  }
  return bagian;
}

/**
 * Prints only the section it is placed in (a module's handout, its session plan): the rest of the
 * page is hidden on paper while the dialog is open (`body[data-cetak-bagian]`, src/css/custom.css),
 * the print footer with the page's address and QR code stays.
 */
export default function CetakBagian({ label }: { label?: string }): ReactNode {
  const ref = useRef<HTMLButtonElement>(null);
  const cetak = (): void => {
    const tombol = ref.current;
    if (!tombol) return;
    const bagian = bagianDari(tombol);
    for (const el of bagian) el.setAttribute('data-cetak-ini', '');
    document.body.setAttribute('data-cetak-bagian', '');
    const selesai = (): void => {
      document.body.removeAttribute('data-cetak-bagian');
      for (const el of bagian) el.removeAttribute('data-cetak-ini');
      window.removeEventListener('afterprint', selesai);
    };
    window.addEventListener('afterprint', selesai);
    void muatQr().then(
      () => window.print(),
      () => window.print(),
    );
  };
  return (
    <button type="button" ref={ref} className={`button button--outline button--primary ${styles.tombol}`} onClick={cetak} data-cetak-bagian-tombol="">
      {label ?? translate({ id: 'cetak.bagian', message: 'Cetak bagian ini saja' })}
    </button>
  );
}
