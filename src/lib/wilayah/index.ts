/** The site's regions, read once from data/wilayah.json (generated; never edited by hand). Villages: ./rinci. */
import data from '../../../data/wilayah.json';
import type { DataWilayah, Wilayah } from './model';

export * from './model';

export const dataWilayah = data as DataWilayah;

export const daftarWilayah: readonly Wilayah[] = dataWilayah.wilayah;

const byId = new Map(daftarWilayah.map((w) => [w.id, w]));

export function findWilayah(id: string): Wilayah | undefined {
  return byId.get(id);
}

export function isWilayahId(): string[] {
  return daftarWilayah.map((w) => w.id);
}
