/**
 * Content-Security-Policy for the built pages: everything from the site's own origin only, and
 * the one inline script Docusaurus writes (colour mode) allowed by its hash, not by
 * 'unsafe-inline'. Styles need 'unsafe-inline' (React style attributes, Mermaid's injected
 * styles); no script can be injected through a style.
 */
import { createHash } from 'node:crypto';

const INLINE = /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g;

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
 * The inline scripts the build writes by construction, recognised by their text: Docusaurus'
 * colour-mode script, its base-URL warning banner, and the client-redirect pages. Only these are
 * allowed (by hash); any other inline script means content turned into code.
 */
const SKRIP_DIKENAL: readonly { nama: string; cocok: (isi: string) => boolean }[] = [
  // Without a colour switch (colorMode.disableSwitch), the script only follows the phone's setting.
  { nama: 'mode warna Docusaurus', cocok: (isi) => isi.startsWith('document.documentElement.setAttribute("data-theme",window.matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light")') },
  { nama: 'spanduk baseUrl Docusaurus', cocok: (isi) => isi.startsWith('function insertBanner(){') },
  { nama: 'halaman pengalihan', cocok: (isi) => /^\s*window\.location\.href = '[/\w.-]*' \+ window\.location\.search \+ window\.location\.hash;\s*$/.test(isi) },
];

export class SkripTakDikenal extends Error {
  constructor(
    readonly file: string,
    readonly cuplikan: string,
  ) {
    super(`${file}: ada skrip inline yang tidak dibuat oleh situs ("${cuplikan}"). Biasanya teks di front matter (title, sidebar_label, description) berisi markup; hapus < dan >.`);
    this.name = 'SkripTakDikenal';
  }
}

/**
 * Hashes of the page's executable inline scripts (JSON data blocks are not executed). Throws
 * `SkripTakDikenal`, naming `file`, on an inline script that is not one the build writes.
 */
export function hashSkripInline(html: string, file = '(halaman)'): string[] {
  const hasil = new Set<string>();
  for (const m of html.matchAll(INLINE)) {
    const attrs = m[1] ?? '';
    if (/type="application\/(ld\+)?json"/.test(attrs)) continue;
    const isi = m[2] ?? '';
    if (!SKRIP_DIKENAL.some((s) => s.cocok(isi))) throw new SkripTakDikenal(file, isi.trim().slice(0, 60));
    hasil.add(`sha256-${createHash('sha256').update(isi).digest('base64')}`);
  }
  return [...hasil];
}

/** The page with its policy as the first thing in <head>. */
export function pasangCsp(html: string, file?: string): string {
  if (html.includes('http-equiv="Content-Security-Policy"')) return html;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${kebijakan(hashSkripInline(html, file))}">`;
  return html.replace(/<head([^>]*)>/, `<head$1>${meta}`);
}
