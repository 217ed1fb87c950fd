/**
 * Content-Security-Policy for the built pages: everything from the site's own origin only, and
 * the one inline script Docusaurus writes (colour mode) allowed by its hash, not by
 * 'unsafe-inline'. Styles need 'unsafe-inline' (React style attributes, Mermaid's injected
 * styles); no script can be injected through a style.
 */
import { createHash } from 'node:crypto';
import { attribute, parseHtml, position, selectOne, selectAll, applyEdits, textOf, type Root, type HtmlEdit } from './html';

export function kebijakan(hashSkrip: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self'${hashSkrip.map((h) => ` '${h}'`).join('')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * The inline scripts the build writes by construction, recognised by how they start, as written
 * and as the HTML minifier (SWC, Docusaurus Faster) rewrites them: Docusaurus' colour-mode
 * script, its base-URL warning banner, and the client-redirect pages. Only these are allowed (by
 * hash); any other inline script means content turned into code.
 */
const SKRIP_DIKENAL: readonly { nama: string; cocok: RegExp }[] = [
  // Without a colour switch (colorMode.disableSwitch), the script only follows the phone's setting.
  {
    nama: 'mode warna Docusaurus',
    cocok: /^(?:!function\(\)\{var \w+;)?document\.documentElement\.setAttribute\("data-theme",(?:\w+\|\|\()?window\.matchMedia\("\(prefers-color-scheme: dark\)"\)/,
  },
  {
    nama: 'spanduk baseUrl Docusaurus',
    cocok: /^(?:document\.addEventListener\("DOMContentLoaded",function\(\)\{void 0===window\.docusaurus&&insertBanner\(\)\}\);)?function insertBanner\(\)\{/,
  },
  { nama: 'halaman pengalihan', cocok: /^\s*window\.location\.href = '[/\w.-]*' \+ window\.location\.search \+ window\.location\.hash;\s*$/ },
];

export class SkripTakDikenal extends Error {
  constructor(
    readonly file: string,
    readonly cuplikan: string,
  ) {
    super(
      `${file}: ada skrip inline yang tidak dibuat oleh situs ("${cuplikan}"). Biasanya teks di front matter (title, sidebar_label, description) berisi markup; hapus < dan >.`,
    );
    this.name = 'SkripTakDikenal';
  }
}

/**
 * Hashes of the page's executable inline scripts (JSON data blocks are not executed). Throws
 * `SkripTakDikenal`, naming `file`, on an inline script that is not one the build writes.
 */
export function hashSkripInline(pohon: Root, file = '(halaman)'): string[] {
  const hasil = new Set<string>();
  for (const el of selectAll(pohon, 'script:not([src])')) {
    if (/^application\/(ld\+)?json$/i.test(attribute(el, 'type') ?? '')) continue;
    const isi = textOf(el);
    if (!SKRIP_DIKENAL.some((s) => s.cocok.test(isi))) throw new SkripTakDikenal(file, isi.trim().slice(0, 60));
    hasil.add(`sha256-${createHash('sha256').update(isi).digest('base64')}`);
  }
  return [...hasil];
}

/** The edit that puts the policy first in <head> (none when the page has one already). */
export function suntinganCsp(pohon: Root, html: string, file?: string): HtmlEdit[] {
  if (selectOne(pohon, 'meta[http-equiv="Content-Security-Policy" i]')) return [];
  const head = selectOne(pohon, 'head');
  const awal = head ? position(head).dari : -1;
  if (!head || !html.startsWith('<head', awal)) throw new Error(`${file ?? '(halaman)'}: tidak ada tag <head> untuk kebijakan keamanan`);
  const akhirTag = html.indexOf('>', awal) + 1;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${kebijakan(hashSkripInline(pohon, file))}">`;
  return [{ dari: akhirTag, sampai: akhirTag, isi: meta }];
}

/** The page with its policy as the first thing in <head>. */
export function pasangCsp(html: string, file?: string): string {
  return applyEdits(html, suntinganCsp(parseHtml(html), html, file));
}
