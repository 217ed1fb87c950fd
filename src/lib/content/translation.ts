/**
 * Translations of content pages (build time and `konten:periksa`; never sent to browsers).
 *
 * - Which Indonesian page an English page translates, and which revision of it: the English
 *   page's front matter `terjemahan_dari` holds `revisionOf` the Indonesian file. When the
 *   Indonesian file changes afterwards, the translation is stale: the build tells the page
 *   (src/plugins/data-situs, so the English page shows a notice) and `konten:periksa` lists it.
 * - What a translation must carry over unchanged: every digit group (numbers, dates, years,
 *   amounts, phone numbers, pasal numbers), the pasal cited, the contact cards shown, and the
 *   heading anchors. Words may change; these may not.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontMatter } from './front-matter';

/** Where English translations of docs live (Docusaurus i18n). */
export const EN_DOCS = 'i18n/en/docusaurus-plugin-content-docs/current/';

/** A file's revision: the first 12 hex digits of the SHA-256 of its text. */
export function revisionOf(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

export interface Facts {
  /** Each run of digits, with how often it occurs. */
  digits: Map<string, number>;
  /** Pasal numbers cited ("Pasal 2", "Article 2", "#pasal-2"). */
  pasal: Set<string>;
  /** `<Kontak id="…">` ids. */
  kontak: Set<string>;
  /** Explicit heading ids and pasal/ayat headings. */
  anchors: Set<string>;
}

/** The line that names the Indonesian revision differs by design; it is not a fact of the page. */
const REVISION_LINE = /^terjemahan_dari:.*$/m;

export function factsOf(text: string): Facts {
  const t = text.replace(REVISION_LINE, '');
  const digits = new Map<string, number>();
  for (const m of t.matchAll(/\d+/g)) digits.set(m[0], (digits.get(m[0]) ?? 0) + 1);
  const pasal = new Set([...t.matchAll(/\b(?:pasal|article)[\s-]+(\d+[a-z]?)\b/gi)].map((m) => (m[1] as string).toLowerCase()));
  const kontak = new Set([...t.matchAll(/<Kontak\s+id="([^"]+)"/g)].map((m) => m[1] as string));
  const anchors = new Set<string>();
  for (const m of t.matchAll(/^#{1,6} .*?(?:\{#([^}]+)\}|\{\/\*\s*#([^*]+?)\s*\*\/\})\s*$/gm)) anchors.add((m[1] ?? m[2]) as string);
  let pasalAktif = '';
  for (const m of t.matchAll(/^#{1,6} (Pasal (\d+[A-Z]?)|Ayat \((\d+)\))\s*$/gm)) {
    if (m[2]) anchors.add((pasalAktif = `pasal-${m[2].toLowerCase()}`));
    else if (m[3]) anchors.add(`${pasalAktif}-ayat-${m[3]}`);
  }
  return { digits, pasal, kontak, anchors };
}

/** Every way `terjemahan` differs from `asli` in facts, in one readable line each (empty: none). */
export function compareFacts(asli: string, terjemahan: string): string[] {
  const a = factsOf(asli);
  const b = factsOf(terjemahan);
  const out: string[] = [];
  for (const k of new Set([...a.digits.keys(), ...b.digits.keys()])) {
    const x = a.digits.get(k) ?? 0;
    const y = b.digits.get(k) ?? 0;
    if (x !== y) out.push(`angka "${k}": ${x}× di halaman Indonesia, ${y}× di terjemahan`);
  }
  const set = (nama: string, p: Set<string>, q: Set<string>): void => {
    const hilang = [...p].filter((x) => !q.has(x));
    const tambah = [...q].filter((x) => !p.has(x));
    if (hilang.length) out.push(`${nama} tidak ada di terjemahan: ${hilang.join(', ')}`);
    if (tambah.length) out.push(`${nama} hanya ada di terjemahan: ${tambah.join(', ')}`);
  };
  set('pasal', a.pasal, b.pasal);
  set('kontak', a.kontak, b.kontak);
  set('anchor', a.anchors, b.anchors);
  return out;
}

/** One English page and the state of its translation. */
export interface TranslationState {
  /** The English file, relative to the project: `i18n/en/…/sop/x.mdx`. */
  file: string;
  /** The Indonesian file it translates: `docs/sop/x.mdx`. */
  sumber: string;
  /** The revision it names (front matter `terjemahan_dari`), if any. */
  terjemahanDari?: string;
  /** The Indonesian file's revision now. */
  revisi: string;
  /** The date the Indonesian page says it was updated. */
  diperbarui: string;
}

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.mdx?$/.test(f) && !f.split(/[\\/]/).some((x) => x.startsWith('_'))).map((f) => f.replace(/\\/g, '/'));
}

/** Every English page that translates an Indonesian one, with both revisions. */
export function translations(root: string): TranslationState[] {
  return markdownFiles(join(root, EN_DOCS)).flatMap((f) => {
    const file = `${EN_DOCS}${f}`;
    const sumber = `docs/${f}`;
    if (!existsSync(join(root, sumber))) return [];
    const asli = readFileSync(join(root, sumber), 'utf8');
    const dari = readFrontMatter(readFileSync(join(root, file), 'utf8')).terjemahan_dari;
    const diperbarui = readFrontMatter(asli).diperbarui;
    return [{ file, sumber, ...(typeof dari === 'string' ? { terjemahanDari: dari } : {}), revisi: revisionOf(asli), diperbarui: String(diperbarui ?? '') }];
  });
}

/** Indonesian pages (docs/…) with no English page. */
export function untranslated(root: string): string[] {
  return markdownFiles(join(root, 'docs'))
    .filter((f) => !existsSync(join(root, EN_DOCS, f)))
    .map((f) => `docs/${f}`);
}

/** A translation is stale when the Indonesian page changed after the revision it names. */
export const isStale = (t: TranslationState): boolean => t.terjemahanDari !== undefined && t.terjemahanDari !== t.revisi;
