/**
 * Built HTML read as a tree (hast), never with regular expressions: a minifier may drop the
 * quotes around attribute values, reorder nothing else, and the meaning stays the same. The
 * build's finishing step (src/plugins/terbit), the search indexer, the published-address list
 * and the site tests all read pages through these few functions.
 *
 * Changes to a page are made as edits at the offsets the parser reports, so every byte the
 * build wrote that is not edited stays as it was (the worker's SHA-256 of each page, the CSP
 * hashes of inline scripts).
 */
import { fromHtml } from 'hast-util-from-html';
import { select as hastSelect, selectAll as hastSelectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { find, html as skemaHtml } from 'property-information';
import type { Element, Root } from 'hast';

export type { Element, Root };

/** The page as a tree, with the offset of every node in the original text. */
export function parseHtml(html: string): Root {
  return fromHtml(html);
}

/** Every element matching a CSS selector, in document order. */
export function selectAll(pohon: Root | Element, selektor: string): Element[] {
  return hastSelectAll(selektor, pohon);
}

/** The first element matching a CSS selector. */
export function selectOne(pohon: Root | Element, selektor: string): Element | undefined {
  return hastSelect(selektor, pohon);
}

/** An attribute's value by its HTML name (`data-qr`, `class`, `http-equiv`), as written. */
export function attribute(el: Element, nama: string): string | undefined {
  const nilai = el.properties[find(skemaHtml, nama).property];
  if (nilai === undefined || nilai === null || nilai === false) return undefined;
  if (Array.isArray(nilai)) return nilai.join(' ');
  return nilai === true ? '' : String(nilai);
}

/** The text inside an element (entities decoded; a script's or style's text as written). */
export function textOf(el: Element | Root): string {
  return toString(el);
}

/** Where an element starts and ends in the text it was read from. */
export function position(el: Element): { dari: number; sampai: number } {
  const dari = el.position?.start.offset;
  const sampai = el.position?.end.offset;
  if (dari === undefined || sampai === undefined) throw new Error(`<${el.tagName}> tanpa letak di teks asal (elemen tersirat?)`);
  return { dari, sampai };
}

export interface HtmlEdit {
  dari: number;
  sampai: number;
  isi: string;
}

/** The text with each range replaced; ranges must not overlap. */
export function applyEdits(html: string, suntingan: readonly HtmlEdit[]): string {
  const urut = [...suntingan].sort((a, b) => a.dari - b.dari);
  let hasil = '';
  let posisi = 0;
  for (const s of urut) {
    if (s.dari < posisi) throw new Error(`suntingan HTML bertumpuk di ${s.dari}`);
    hasil += html.slice(posisi, s.dari) + s.isi;
    posisi = s.sampai;
  }
  return hasil + html.slice(posisi);
}
