/**
 * JSON for a <script type="application/ld+json"> block: `<`, `>`, `&` and the line separators
 * U+2028/U+2029 are written as \u escapes, so no string inside (a page title, a sidebar label)
 * can end the script element or open a comment. JSON parsers read the escapes as the same text.
 */
export function jsonUntukSkrip(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
