/**
 * data/perubahan.json, typed. The build checks it against its schema (src/lib/data) before any
 * page is made, so this one assertion is what that check proved.
 */
import raw from '../../../data/perubahan.json';
import type { DataPerubahan } from './index';

export const DATA_PERUBAHAN: DataPerubahan = raw as DataPerubahan;
