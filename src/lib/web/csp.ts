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

/** Hashes of the page's executable inline scripts (JSON data blocks are not executed). */
export function hashSkripInline(html: string): string[] {
  const hasil = new Set<string>();
  for (const m of html.matchAll(INLINE)) {
    const attrs = m[1] ?? '';
    if (/type="application\/(ld\+)?json"/.test(attrs)) continue;
    hasil.add(`sha256-${createHash('sha256').update(m[2] ?? '').digest('base64')}`);
  }
  return [...hasil];
}

/** The page with its policy as the first thing in <head>. */
export function pasangCsp(html: string): string {
  if (html.includes('http-equiv="Content-Security-Policy"')) return html;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${kebijakan(hashSkripInline(html))}">`;
  return html.replace(/<head([^>]*)>/, `<head$1>${meta}`);
}
