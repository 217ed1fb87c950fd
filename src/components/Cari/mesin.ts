/** Everything search needs at run time, in one chunk loaded on first use (not with every page). */
export { createSearcher } from '@site/src/lib/search/query';
