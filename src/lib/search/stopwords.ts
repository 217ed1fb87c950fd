/**
 * Indonesian stop words: function words that carry no meaning for search. Kept short on
 * purpose; words such as "tidak", "anak" or "orang" matter here and are not in the list.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'yang', 'dan', 'di', 'ke', 'dari', 'untuk', 'dengan', 'ini', 'itu', 'atau', 'pada', 'dalam', 'adalah',
  'oleh', 'juga', 'akan', 'sebagai', 'bahwa', 'karena', 'agar', 'supaya', 'para', 'tersebut', 'yaitu',
  'ialah', 'serta', 'maupun', 'namun', 'tetapi', 'bila', 'jika', 'apabila', 'saat', 'ketika', 'sudah',
  'telah', 'belum', 'masih', 'lagi', 'pun', 'lah', 'kah', 'nya', 'se', 'kami', 'kita', 'anda', 'ia', 'dia',
  'mereka', 'saya', 'bagi', 'hal', 'ada',
  // Question words: "cara melapor", "bagaimana mengecek" ask about the other words.
  'cara', 'bagaimana', 'apa', 'apakah', 'siapa', 'mana', 'dimana', 'kapan', 'mengapa', 'kenapa', 'berapa',
  'the', 'of', 'and', 'a', 'an', 'to', 'in', 'is', 'for', 'on',
]);

export function bukanStopWord(token: string): boolean {
  return !STOP_WORDS.has(token);
}
