/**
 * Reads article headings ("Pasal 2", "Pasal 2 ayat (1)", "Ayat (1)", or "Article 2" in
 * English) so every pasal and ayat gets an anchor derived from its number alone. The
 * anchor stays the same when the heading's wording or language changes.
 */
import { anchorPasal } from './sebutan';

const PASAL = /^(?:pasal|article)\s+(\d+[A-Za-z]?)\b(?:\s+ayat\s*\((\d+[a-z]?)\))?/i;
const AYAT = /^(?:ayat|paragraph)\s*\((\d+[a-z]?)\)/i;

export interface HeadingAnchor {
  id: string;
  pasal: string;
}

/**
 * The anchor for a heading, given the pasal of the nearest heading above it. Returns
 * undefined for headings that are neither a pasal nor an ayat (they keep their usual id).
 */
export function headingAnchor(teks: string, pasalAktif: string | undefined): HeadingAnchor | undefined {
  const t = teks.trim();
  const p = PASAL.exec(t);
  if (p?.[1]) return { id: anchorPasal(p[1], p[2]), pasal: p[1] };
  const a = AYAT.exec(t);
  if (a?.[1] && pasalAktif) return { id: anchorPasal(pasalAktif, a[1]), pasal: pasalAktif };
  return undefined;
}
