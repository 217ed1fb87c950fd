/** How a regulation and one of its articles are cited, the way officials and trainers write it. */
import { LABEL_JENIS, type JenisRegulasi } from './kind';

export interface RegulasiIdentity {
  jenis: JenisRegulasi;
  nomor: string;
  tahun: number;
  sebutan?: string | undefined;
}

/** `UU Nomor 21 Tahun 2007`, unless the page gives its own `sebutan`. */
export function sebutanRegulasi(r: RegulasiIdentity): string {
  return r.sebutan ?? `${LABEL_JENIS[r.jenis].singkat} Nomor ${r.nomor} Tahun ${r.tahun}`;
}

/** The anchor of an article or paragraph: `pasal-2`, `pasal-2-ayat-1`. */
export function anchorPasal(pasal: string, ayat?: string): string {
  const p = `pasal-${pasal.toLowerCase()}`;
  return ayat ? `${p}-ayat-${ayat.toLowerCase()}` : p;
}

/** `pasal-2-ayat-1` → `{pasal: '2', ayat: '1'}`; undefined for any other anchor. */
export function parsePasalAnchor(id: string): { pasal: string; ayat?: string } | undefined {
  const m = /^pasal-(\d+[a-z]?)(?:-ayat-(\d+[a-z]?))?$/.exec(id);
  if (!m?.[1]) return undefined;
  const pasal = m[1].toUpperCase();
  return m[2] ? { pasal, ayat: m[2] } : { pasal };
}

/** `Pasal 2 ayat (1) UU Nomor 21 Tahun 2007`, for a trainer to paste. */
export function citePasal(id: string, r: RegulasiIdentity): string | undefined {
  const a = parsePasalAnchor(id);
  if (!a) return undefined;
  return `Pasal ${a.pasal}${a.ayat ? ` ayat (${a.ayat})` : ''} ${sebutanRegulasi(r)}`;
}
