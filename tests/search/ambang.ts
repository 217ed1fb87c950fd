/** The thresholds tests and benchmarks share (tests/search/ambang.json): defined once. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Ambang {
  mrrKueri: number;
  recallKueri: number;
  mrrTypo: number;
  /** The whole labelled set: kueri.json (queries and typos) and kueri-segar.json. */
  mrrSemua: number;
  recallSemua: number;
  anggaranHalamanKb: number;
}

export const AMBANG: Ambang = JSON.parse(readFileSync(join(import.meta.dirname, 'ambang.json'), 'utf8')) as Ambang;
