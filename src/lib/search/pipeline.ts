/**
 * The search pipeline, composed once: tokenizer → normaliser → stop words → stemmer. The same
 * functions process documents when the index is built (Node), queries in the browser and the
 * command line, and snippet words for highlighting, so all sides agree.
 */
import { tokenize } from './tokenizer';
import { normalize } from './normalize';
import { isNotStopWord } from './stopwords';
import { stem } from './stemmer';
import type { Bahasa } from '../content/bahasa';

/** Text → index terms, for an index in `bahasa` (the stemmer differs; the rest is shared). */
export function toTerms(teks: string, bahasa: Bahasa = 'id'): string[] {
  return wordsAndTerms(teks, bahasa).map((k) => k.istilah);
}

/** Text → each kept word with its term; queries need the word itself for typo tolerance. */
export function wordsAndTerms(teks: string, bahasa: Bahasa = 'id'): { kata: string; istilah: string }[] {
  return tokenize(teks)
    .flatMap(normalize)
    .filter(isNotStopWord)
    .map((kata) => ({ kata, istilah: stem(kata, bahasa) }));
}

/** One word → its term, or undefined for a stop word (used to highlight snippet words). */
export function termOf(kata: string, bahasa: Bahasa = 'id'): string | undefined {
  const [n] = normalize(kata);
  if (!n || !isNotStopWord(n)) return undefined;
  return stem(n, bahasa);
}
