/**
 * Highlighting without HTML: a snippet becomes plain-text segments, each marked or not, by
 * running every word through the same pipeline as the index. The interface renders segments as
 * text nodes, so whatever a query or a page contains can never become markup.
 */
import { toTerms } from './pipeline';
import type { Bahasa } from '../content/bahasa';
import type { KnownRoot } from './stemmer';

export interface Segment {
  teks: string;
  sorot: boolean;
}

/**
 * A root a prefix took letters from is restored when it is among the matched terms (which are
 * index terms), so "menegur" is marked when "tegur" matched: no dictionary is needed.
 */
export function highlight(teks: string, istilahCocok: readonly string[], bahasa: Bahasa = 'id'): Segment[] {
  const cocok = new Set(istilahCocok);
  const known: KnownRoot = (t) => cocok.has(t);
  const hasil: Segment[] = [];
  for (const bagian of teks.split(/([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)/u)) {
    if (!bagian) continue;
    // A hyphenated word ("belum-terverifikasi") is marked when any of its parts matched.
    const tandai = /[\p{L}\p{N}]/u.test(bagian) && toTerms(bagian, bahasa, known).some((t) => cocok.has(t));
    const akhir = hasil[hasil.length - 1];
    if (akhir && akhir.sorot === tandai) akhir.teks += bagian;
    else hasil.push({ teks: bagian, sorot: tandai });
  }
  return hasil;
}
