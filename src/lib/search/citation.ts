/**
 * Article citations in a query ("pasal 60 uu 21/2007", "pasal 2 ayat 1 uu 21 2007",
 * "pasal 455 kuhp"): people who cite a rule want that article, not every page that mentions
 * it. Recognised citations point straight at the regulation page's pasal anchor.
 */
import { KATA_JENIS } from '../regulasi/kind';
import { tokenize } from './tokenizer';

export interface Citation {
  /** Anchor: `pasal-60` or `pasal-2-ayat-1`. */
  anchor: string;
  /**
   * The regulation page when the query names the law, by how its file name starts and ends:
   * `{ awal: 'uu', akhir: '21-2007' }` is `uu-21-2007`; `{ awal: 'perda', akhir: '3-2019' }` is
   * `perda-kota-kupang-3-2019`. Undefined when the query names no law.
   */
  halaman?: { awal: string; akhir: string };
}

export function parseCitation(kueri: string): Citation | undefined {
  const t = tokenize(kueri.toLowerCase()).filter((x) => !['nomor', 'no', 'tahun', 'thn', 'tentang'].includes(x));
  const i = t.indexOf('pasal');
  const pasal = t[i + 1];
  if (i < 0 || !pasal || !/^\d+[a-z]?$/.test(pasal)) return undefined;
  let j = i + 2;
  let anchor = `pasal-${pasal}`;
  if (t[j] === 'ayat' && t[j + 1] && /^\d+$/.test(t[j + 1] as string)) {
    anchor += `-ayat-${t[j + 1]}`;
    j += 2;
  }
  const sisa = t.slice(j);
  // The KUHP of 2023 is UU 1/2023.
  if (sisa.includes('kuhp')) return { anchor, halaman: { awal: 'uu', akhir: '1-2023' } };
  const k = sisa.findIndex((x) => KATA_JENIS.has(x));
  const nomor = sisa[k + 1];
  const tahun = sisa[k + 2];
  if (k >= 0 && nomor && tahun && /^\d+$/.test(nomor) && /^\d{4}$/.test(tahun)) return { anchor, halaman: { awal: sisa[k] as string, akhir: `${nomor}-${tahun}` } };
  return { anchor };
}

/** Does this result URL answer the citation? */
export function matchesCitation(url: string, r: Citation): boolean {
  const [jalur = '', anchor = ''] = url.split('#');
  if (anchor !== r.anchor) return false;
  if (!r.halaman) return jalur.includes('/regulasi/');
  const slug = /\/regulasi\/([^/]+)$/.exec(jalur)?.[1] ?? '';
  const { awal, akhir } = r.halaman;
  return slug === `${awal}-${akhir}` || (slug.startsWith(`${awal}-`) && slug.endsWith(`-${akhir}`));
}
