/**
 * The search pipeline, composed once: tokenizer → normaliser → stop words → stemmer. The same
 * functions process documents when the index is built (Node), queries in the browser and the
 * command line, and snippet words for highlighting, so all sides agree.
 */
import { tokenize } from './tokenizer';
import { normalize } from './normalize';
import { isNotStopWord } from './stopwords';
import { stem } from './stemmer';

/** Text → index terms. */
export function toTerms(teks: string): string[] {
  return wordsAndTerms(teks).map((k) => k.istilah);
}

/** Text → each kept word with its term; queries need the word itself for typo tolerance. */
export function wordsAndTerms(teks: string): { kata: string; istilah: string }[] {
  return tokenize(teks)
    .flatMap(normalize)
    .filter(isNotStopWord)
    .map((kata) => ({ kata, istilah: stem(kata) }));
}

/** One word → its term, or undefined for a stop word (used to highlight snippet words). */
export function termOf(kata: string): string | undefined {
  const [n] = normalize(kata);
  if (!n || !isNotStopWord(n)) return undefined;
  return stem(n);
}
