/**
 * Sections of a built page, read from its HTML as a tree (src/lib/web/html). The built HTML is what
 * readers see: its heading ids are exactly the anchors Docusaurus produced (our pasal anchors
 * and explicit {#ids} included), and components such as the regulation metadata are rendered.
 * Elements marked `data-cari-abaikan` (sources, verification notes, buttons) are left out.
 */
import { toString } from 'hast-util-to-string';
import type { Element, Root, RootContent } from 'hast';
import { parseHtml } from '../web/html';

export interface Section {
  /** Heading id ('' for the text before the first heading). */
  id: string;
  /** "Heading" or "Heading › Subheading". */
  judul: string;
  teks: string;
}

const ABAIKAN_TAG = new Set(['script', 'style', 'svg', 'button', 'nav', 'noscript', 'template']);

function kelas(el: Element): string[] {
  const c: unknown = el.properties?.className;
  if (Array.isArray(c)) return c.map(String);
  return typeof c === 'string' ? c.split(' ') : [];
}

function diabaikan(el: Element): boolean {
  if (ABAIKAN_TAG.has(el.tagName)) return true;
  if (el.properties?.dataCariAbaikan !== undefined) return true;
  return kelas(el).some((k) => k.includes('mermaid') || k === 'hash-link');
}

function cariArtikel(node: Root | Element): Element | undefined {
  for (const anak of node.children) {
    if (anak.type !== 'element') continue;
    if (kelas(anak).includes('theme-doc-markdown')) return anak;
    const dalam = cariArtikel(anak);
    if (dalam) return dalam;
  }
  return undefined;
}

/** Elements inside a line of text; every other element (list item, label, legend, cell…) ends a word. */
const SEBARIS = new Set(['abbr', 'b', 'cite', 'code', 'em', 'i', 'kbd', 'mark', 'q', 's', 'small', 'strong', 'sub', 'sup', 'u']);

function teksBersih(node: RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' || diabaikan(node)) return '';
  const isi = node.children.map(teksBersih).join('');
  return SEBARIS.has(node.tagName) ? isi : ` ${isi} `;
}

/** Splits a page's article into sections at every h2 and h3 with an id. */
export function halamanSections(halaman: string | Root): { judul: string; bagian: Section[] } {
  const pohon = typeof halaman === 'string' ? parseHtml(halaman) : halaman;
  const artikel = cariArtikel(pohon);
  if (!artikel) return { judul: '', bagian: [] };
  let judulHalaman = '';
  const bagian: Section[] = [{ id: '', judul: '', teks: '' }];
  let h2 = '';
  const jalan = (node: RootContent): void => {
    if (node.type !== 'element') {
      if (node.type === 'text') (bagian[bagian.length - 1] as Section).teks += node.value;
      return;
    }
    if (diabaikan(node)) return;
    const id = typeof node.properties?.id === 'string' ? node.properties.id : '';
    if (node.tagName === 'h1') {
      judulHalaman = toString(node).trim();
      return;
    }
    if ((node.tagName === 'h2' || node.tagName === 'h3') && id) {
      const teks = node.children.map(teksBersih).join('').replace(/\s+/g, ' ').trim();
      if (node.tagName === 'h2') h2 = teks;
      bagian.push({ id, judul: node.tagName === 'h3' && h2 ? `${h2} › ${teks}` : teks, teks: '' });
      return;
    }
    if (/^(p|li|td|th|dt|dd|figcaption|pre|blockquote)$/.test(node.tagName)) {
      (bagian[bagian.length - 1] as Section).teks += ` ${teksBersih(node)} `;
      return;
    }
    const pisah = SEBARIS.has(node.tagName) ? '' : ' ';
    (bagian[bagian.length - 1] as Section).teks += pisah;
    node.children.forEach(jalan);
    (bagian[bagian.length - 1] as Section).teks += pisah;
  };
  artikel.children.forEach(jalan);
  return {
    judul: judulHalaman,
    bagian: bagian.map((b) => ({ ...b, teks: b.teks.replace(/\s+/g, ' ').trim() })).filter((b) => b.teks || b.id),
  };
}
