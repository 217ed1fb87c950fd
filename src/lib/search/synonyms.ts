/**
 * The domain thesaurus (data/tesaurus.json): groups of words and phrases people use for the same
 * thing. A query that contains one member also searches for the others.
 */
import data from '../../../data/tesaurus.json';

export const SYNONYM_GROUPS: readonly (readonly string[])[] = (data as { grup: string[][] }).grup;
