/**
 * One record per published page (`Halaman`), and the policy that goes with it: whether it is
 * printed, kept offline, laid out as a one-page card, and whether it opens with the emergency
 * line. The policy comes from the page's place in the docs tree (its folder's kind) and from the
 * tables below, keyed by the page's id in the docs tree (`sop/lapor-rt`), which is the same in
 * every locale. Never from the page's URL.
 *
 * Browser-safe: the theme reads the policy, the build plugins read the records.
 */
import type { JenisKonten } from './schema';
import { docPath, jenisKonten } from './kind';

/**
 * The pages of the docs tree kept offline when a reader presses "Simpan" (src/lib/web/offline
 * adds the home page, the search page and the poster short links). Only these pages offer the
 * button, so "Siap offline" is never shown on a page the copy does not hold.
 */
export const OFFLINE_DOC_IDS: readonly string[] = ['sop/index', 'sop/lapor-rt', 'sop/tanda-bahaya', 'sop/buat-laporan', 'sop/formulir-laporan', 'perekrut/cek', 'perekrut/daftar'];

/** Pages printed as a one-page card (larger type, no site chrome, one A4 sheet). */
export const CARD_DOC_IDS: readonly string[] = ['sop/kartu-rt-kota-kupang', 'sop/kartu-rt-kutai-timur'];

/** Kinds whose pages carry a print button: what people take to a meeting or a wall. */
const JENIS_DICETAK: ReadonlySet<JenisKonten> = new Set(['regulasi', 'sop', 'pelatihan', 'perekrut']);

export interface HalamanPolicy {
  jenis: JenisKonten;
  /** The page has a print button (and its print layout). */
  cetak: boolean;
  /** The page belongs to the offline copy and offers "Simpan untuk dibaca offline". */
  offline: boolean;
  /** Printed as a one-page card. */
  kartu: boolean;
  /** The page opens with the emergency line (every page of the SOP folder, its index too). */
  darurat: boolean;
}

/** A page's id in the docs tree: its path without extension (`sop/index`, `sop/lapor-rt`). */
export function docId(jalur: string): string {
  return jalur.replace(/\.mdx?$/, '');
}

/** The policy of a docs page, from its source path (`@site/docs/sop/lapor-rt.mdx` or a translation). */
export function halamanPolicy(source: string): HalamanPolicy {
  const jalur = docPath(source) ?? '';
  const id = docId(jalur);
  const jenis = jenisKonten(jalur);
  return {
    jenis,
    cetak: JENIS_DICETAK.has(jenis),
    offline: OFFLINE_DOC_IDS.includes(id),
    kartu: CARD_DOC_IDS.includes(id),
    darurat: id.startsWith('sop/'),
  };
}

/** A published docs page as the build plugins see it. */
export interface Halaman extends HalamanPolicy {
  /** Its address, with the locale's base URL (`/en/sop/lapor-rt`). */
  url: string;
  id: string;
  frontMatter: Record<string, unknown>;
}

/** The records of a locale's docs, from what the docs plugin loaded. */
export function listHalaman(docs: readonly { source: string; permalink: string; frontMatter: Record<string, unknown> }[]): Halaman[] {
  return docs.map((d) => ({ ...halamanPolicy(d.source), url: d.permalink, id: docId(docPath(d.source) ?? ''), frontMatter: d.frontMatter }));
}
