/**
 * The search pipeline, composed once: tokenizer → normaliser → stop words → stemmer. The same
 * functions process documents when the index is built (Node), queries in the browser and the
 * command line, and snippet words for highlighting, so all sides agree. Each stage is also
 * registered as a named lunr pipeline function, so a serialised index names what made it.
 */
import lunr from 'lunr';
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

const idNormalise: lunr.PipelineFunction = (token) => {
  const hasil = normalize(token.toString());
  return hasil.map((h) => token.clone(() => h));
};
const idStopWords: lunr.PipelineFunction = (token) => (isNotStopWord(token.toString()) ? token : null);
const idStemmer: lunr.PipelineFunction = (token) => token.update((t) => stem(t));

let terdaftar = false;
/** Registers the stages with lunr (idempotent) and returns them in order. */
export function pipelineFunctions(): lunr.PipelineFunction[] {
  if (!terdaftar) {
    lunr.Pipeline.registerFunction(idNormalise, 'id-normalise');
    lunr.Pipeline.registerFunction(idStopWords, 'id-stopwords');
    lunr.Pipeline.registerFunction(idStemmer, 'id-stemmer');
    terdaftar = true;
  }
  return [idNormalise, idStopWords, idStemmer];
}

/** lunr tokenizer that splits the way ours does (lunr's own splits only on spaces and hyphens). */
export function lunrTokenizer(obj: unknown): lunr.Token[] {
  if (obj === null || obj === undefined) return [];
  return tokenize(String(obj)).map((t, i) => new lunr.Token(t, { position: [0, 0], index: i }));
}
