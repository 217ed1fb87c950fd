/**
 * Tokenizer: text → words. Splits on anything that is not a letter or digit (so "21/2007"
 * gives "21" and "2007", the way people type it), but keeps a hyphenated word together so the
 * normaliser can fold reduplication ("anak-anak").
 */
export function tokenize(teks: string): string[] {
  return teks
    .split(/[^\p{L}\p{N}-]+/u)
    .flatMap((t) => (/^-+|-+$/.test(t) ? t.replace(/^-+|-+$/g, '') : t))
    .filter((t) => t.length > 0);
}
