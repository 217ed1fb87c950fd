/**
 * data/tanda-bahaya.json, typed. The build checks the file against its schema before any page is made
 * (src/plugins/data-situs, src/lib/data), so this one assertion is what that check proved;
 * components import this constant and never cast the raw JSON themselves.
 */
import raw from '../../../data/tanda-bahaya.json';
import type { DataTanda } from './index';

export const DATA_TANDA: DataTanda = raw as DataTanda;
