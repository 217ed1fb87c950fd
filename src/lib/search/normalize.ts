/**
 * Normaliser: one token → its plain lowercase form. Removes diacritics, folds reduplication
 * ("anak-anak" → "anak", "kos-kosan" → "kos"), and splits other hyphenated words into parts.
 * Returns several tokens when a word splits, none when nothing is left.
 */
export function normalize(token: string): string[] {
  const t = token
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  if (!t.includes('-')) return t ? [t] : [];
  const bagian = t.split('-').filter(Boolean);
  const [a, b] = bagian;
  // "anak-anak", "kos-kosan", "orang-orangan": the first half carries the meaning.
  if (bagian.length === 2 && a && b && (b === a || b.startsWith(a))) return [a];
  return bagian;
}

/**
 * Words people type in chat and SMS for a standard word ("yg", "gak", "gimana"), read as that
 * word in Indonesian text and queries. Only forms that mean one thing; none is an Indonesian
 * word of its own.
 */
const BAKU: ReadonlyMap<string, string> = new Map([
  ['yg', 'yang'],
  ['dgn', 'dengan'],
  ['utk', 'untuk'],
  ['tdk', 'tidak'],
  ['ga', 'tidak'],
  ['gak', 'tidak'],
  ['gk', 'tidak'],
  ['nggak', 'tidak'],
  ['ngga', 'tidak'],
  ['enggak', 'tidak'],
  ['sdh', 'sudah'],
  ['udah', 'sudah'],
  ['udh', 'sudah'],
  ['blm', 'belum'],
  ['krn', 'karena'],
  ['kpd', 'kepada'],
  ['gimana', 'bagaimana'],
  ['gmn', 'bagaimana'],
  ['kalo', 'kalau'],
  ['klo', 'kalau'],
  ['hrs', 'harus'],
  ['bgmn', 'bagaimana'],
]);

/** A chat or SMS form → the standard word (Indonesian only); any other word unchanged. */
export function standardWord(kata: string): string {
  return BAKU.get(kata) ?? kata;
}
