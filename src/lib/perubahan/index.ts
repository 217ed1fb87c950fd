/**
 * The record of changes (data/perubahan.json): dated, human-written notes of what changed on
 * which page and why, with sources. The page /tentang/perubahan lists them; the build writes
 * them as an Atom feed per locale (`atomFeed`); the sitemap takes each page's latest date.
 */
import type * as z from 'zod';
import type { Bahasa } from '../content/bahasa';
import type { dataPerubahanSchema, perubahanSchema } from './schema';

export type Perubahan = z.infer<typeof perubahanSchema>;
export type DataPerubahan = z.infer<typeof dataPerubahanSchema>;

/** The feed's file name in each locale's build folder. */
export const FEED_FILE = 'perubahan.atom';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface FeedOptions {
  bahasa: Bahasa;
  /** Site root as readers reach it: `https://…/` with SITE_URL, else the base URL (`/`, `/en/`). */
  akar: string;
  judul: string;
  /** Address of the feed itself. */
  self: string;
  /** The page that lists the changes. */
  halaman: string;
}

/** Stable id of a change note, without a domain: the same in every build and locale. */
export const idPerubahan = (p: Perubahan, i: number, semua: readonly Perubahan[]): string =>
  `tag:pustaka-tppo,2026:perubahan/${p.tanggal}/${semua.filter((x, j) => j > i && x.tanggal === p.tanggal).length + 1}`;

/** An Atom 1.0 feed of the change notes, newest first, in one language. */
export function atomFeed(perubahan: readonly Perubahan[], o: FeedOptions): string {
  const terbaru = perubahan[0]?.tanggal ?? '2026-11-22';
  const entri = perubahan.map((p, i) => {
    const tautan = `${o.akar}${(p.halaman[0] ?? '/').replace(/^\//, '')}`;
    const sumber = p.sumber.map((s) => `${s.judul} (${s.penerbit}${s.tanggal ? `, ${s.tanggal}` : ''})`).join('; ');
    return [
      '  <entry>',
      `    <id>${idPerubahan(p, i, perubahan)}</id>`,
      `    <title>${esc(p.judul[o.bahasa])}</title>`,
      `    <updated>${p.tanggal}T00:00:00Z</updated>`,
      `    <link rel="alternate" href="${esc(tautan)}"/>`,
      `    <summary>${esc(`${p.isi[o.bahasa]} ${o.bahasa === 'en' ? 'Sources' : 'Sumber'}: ${sumber}.`)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${o.bahasa}">`,
    `  <id>tag:pustaka-tppo,2026:perubahan/${o.bahasa}</id>`,
    `  <title>${esc(o.judul)}</title>`,
    `  <updated>${terbaru}T00:00:00Z</updated>`,
    '  <author><name>Pustaka TPPO</name></author>',
    `  <link rel="self" href="${esc(o.self)}"/>`,
    `  <link rel="alternate" href="${esc(o.halaman)}"/>`,
    ...entri,
    '</feed>',
    '',
  ].join('\n');
}

/** The latest change date per page address (for the sitemap's lastmod). */
export function latestByPage(perubahan: readonly Perubahan[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const p of perubahan) for (const h of p.halaman) if ((m.get(h) ?? '') < p.tanggal) m.set(h, p.tanggal);
  return m;
}
