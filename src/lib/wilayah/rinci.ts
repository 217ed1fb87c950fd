/** Kecamatan and kelurahan/desa of the detailed regions, from data/wilayah-rinci.json (generated). */
import data from '../../../data/wilayah-rinci.json';
import type { DataRinci, Kecamatan } from './model';

export const dataRinci = data as DataRinci;

export function kecamatanIn(idWilayah: string): Kecamatan[] {
  return dataRinci.rinci[idWilayah] ?? [];
}
