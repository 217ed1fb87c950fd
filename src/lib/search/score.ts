/**
 * Scores are stored as small integers on a log scale (about 5% per step), so that the scores of
 * very common terms stay distinct and rare terms' scores stay short. Its own module, so that the
 * searcher in the browser does not pull in the index builder (and the thesaurus it reads).
 */
export const encodeScore = (s: number): number => Math.max(1, Math.round(Math.log1p(s * 100) * 20));
export const decodeScore = (q: number): number => Math.expm1(q / 20) / 100;
