/**
 * The search pipeline, composed once: tokenizer → normaliser → stop words → stemmer. The same
 * functions process documents when the index is built (Node), queries in the browser and the
 * command line, and snippet words for highlighting, so all sides agree.
 *
 * The Indonesian stemmer restores a root's first letters where a prefix took them ("menegur" →
 * "tegur") when the root is attested (src/lib/search/stemmer). The index attests the roots its
 * own text gives without that step (`attestedRoots`); a query attests the index's terms. The two
 * agree on every root that can be restored, which begins with a consonant: such a root is an
 * index term exactly when some word of the text gives it without the step (a word whose root is
 * restored began with a vowel before). The identity test in pipeline.test.ts checks it.
 */
import { tokenize } from './tokenizer';
import { normalize, standardWord } from './normalize';
import { isNotStopWord } from './stopwords';
import { stem, type KnownRoot } from './stemmer';
import type { Bahasa } from '../content/bahasa';

/** Text → the words the index keeps (normalised, chat forms read as standard Indonesian, stop words out), before stemming. */
function keptWords(teks: string, bahasa: Bahasa = 'id'): string[] {
  const kata = tokenize(teks).flatMap(normalize);
  return (bahasa === 'id' ? kata.map(standardWord) : kata).filter(isNotStopWord);
}

/** The roots a text attests: its kept words' terms without restoring letters (index side). */
export function attestedRoots(teks: Iterable<string>, bahasa: Bahasa = 'id'): Set<string> {
  const out = new Set<string>();
  for (const t of teks) for (const w of keptWords(t, bahasa)) out.add(stem(w, bahasa));
  return out;
}

/** Text → index terms, for an index in `bahasa` (the stemmer differs; the rest is shared). */
export function toTerms(teks: string, bahasa: Bahasa = 'id', known?: KnownRoot): string[] {
  return wordsAndTerms(teks, bahasa, known).map((k) => k.istilah);
}

/** Text → each kept word with its term; queries need the word itself for typo tolerance. */
export function wordsAndTerms(teks: string, bahasa: Bahasa = 'id', known?: KnownRoot): { kata: string; istilah: string }[] {
  return keptWords(teks, bahasa).map((kata) => ({ kata, istilah: stem(kata, bahasa, known) }));
}
