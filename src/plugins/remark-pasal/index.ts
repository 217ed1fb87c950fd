/**
 * Remark plugin: gives every "Pasal N" heading the anchor `pasal-n` and every "Ayat (M)"
 * heading under it `pasal-n-ayat-m`, before Docusaurus slugs headings from their words.
 * Anchors then survive rewording and translation. An explicit id still wins: `{#id}` in
 * Markdown, `{/* #id *\/}` in MDX (read as an expression whose text is the comment).
 */
import type { Heading, Root } from 'mdast';
import { headingAnchor } from '../../lib/regulasi/heading-anchor';

const ID_EKSPLISIT = /(?:\{#[^}]+\}|\/\*\s*#[^*]+\*\/\}?)\s*$/;

export default function remarkPasal() {
  return async (root: Root): Promise<void> => {
    const { visit } = await import('unist-util-visit');
    const { toString } = await import('mdast-util-to-string');
    let pasalAktif: string | undefined;
    let tingkatPasal = 0;
    visit(root, 'heading', (heading: Heading) => {
      const teks = toString(heading);
      // A heading at or above the pasal's level ends that pasal's scope for "Ayat (M)".
      if (pasalAktif && heading.depth <= tingkatPasal) pasalAktif = undefined;
      const hasil = headingAnchor(teks, pasalAktif);
      if (!hasil) return;
      if (!/^\s*(ayat|paragraph)\b/i.test(teks)) {
        pasalAktif = hasil.pasal;
        tingkatPasal = heading.depth;
      }
      if (ID_EKSPLISIT.test(teks)) return;
      const data = (heading.data ??= {});
      (data as { hProperties?: Record<string, unknown> }).hProperties = {
        ...(data as { hProperties?: Record<string, unknown> }).hProperties,
        id: hasil.id,
      };
    });
  };
}
