/**
 * QR codes made on the reader's phone, from the address the page is open at. The generator
 * (~9 KB gzip) is loaded on first use only; once loaded, `qrSegera` makes a code synchronously,
 * which is what printing needs (the page is laid out for paper right after `beforeprint`).
 */
type Pembuat = (teks: string, margin: number) => string;

let pembuat: Pembuat | null = null;

export async function muatQr(): Promise<Pembuat> {
  if (!pembuat) {
    const [{ create }, { render }] = await Promise.all([import('qrcode'), import('qrcode/lib/renderer/svg-tag')]);
    pembuat = (teks, margin) => render(create(teks, { errorCorrectionLevel: 'M' }), { margin });
  }
  return pembuat;
}

/** The code as SVG markup, or null when the generator is not loaded yet. */
export function qrSegera(teks: string, margin = 0): string | null {
  return pembuat ? pembuat(teks, margin) : null;
}
