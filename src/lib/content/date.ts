/** Calendar dates as the content uses them: `YYYY-MM-DD` strings, checked to be real days. */

const POLA = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written `YYYY-MM-DD` (2026-02-30 is not one). */
export function isValidDate(teks: string): boolean {
  const m = POLA.exec(teks);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/**
 * YAML turns an unquoted 2026-11-22 into a Date at midnight UTC; authors may also quote it.
 * Both become the same string so the rest of the site sees one shape.
 */
export function toDateText(nilai: unknown): unknown {
  if (nilai instanceof Date && !Number.isNaN(nilai.getTime())) return nilai.toISOString().slice(0, 10);
  return nilai;
}

const BULAN_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const BULAN_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2026-11-22` → `22 November 2026` (id) or `22 November 2026` (en); `2019` stays `2019`. */
export function formatDate(teks: string, locale: string): string {
  const bulan = locale.startsWith('id') ? BULAN_ID : BULAN_EN;
  const [y, m, d] = teks.split('-');
  if (!m) return teks;
  const namaBulan = bulan[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${namaBulan} ${y}` : `${namaBulan} ${y}`;
}
