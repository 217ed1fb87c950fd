/**
 * The regulation catalogue of the locale being built (src/plugins/regulasi). Imported only by
 * the components that show it, so its bytes travel with those pages alone.
 */
import data from '@generated/regulasi/default/katalog.json';
import type { KatalogEntry } from '@site/src/lib/regulasi';

export const katalog: KatalogEntry[] = data.katalog;
export const diagram: string = data.diagram;
