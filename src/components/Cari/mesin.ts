/** Everything search needs at run time, in one chunk loaded on first use (not with every page). */
export { buatPencari } from '@site/src/lib/search/cari';
export { sorot } from '@site/src/lib/search/sorot';
