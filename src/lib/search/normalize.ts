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
