/**
 * Place names for the synthetic corpora of the scale benchmark (scripts/bench/skala.ts): every
 * province, regency, district and village of idn-area-data (a devDependency, the same source
 * scripts/lib/wilayah-sumber.ts imports data/wilayah.json from), and the ones that occur in the
 * real pages, so that each page variant can swap them for other real places. Districts and
 * villages are looked for only among those of the regions the site covers
 * (data/wilayah-rinci.json); scanning the text for all 83,000 village names would match common
 * words ("Baru", "Tengah").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDistricts, getProvinces, getRegencies, getVillages } from 'idn-area-data';

export type PlaceLevel = 'provinsi' | 'kabupaten' | 'kecamatan' | 'desa';

export interface Regency {
  /** "Kabupaten Kutai Timur", "Kota Kupang". */
  full: string;
  /** "Kutai Timur", "Kupang". */
  bare: string;
  kota: boolean;
}

/** A name found in the real text and what it stands for. */
export type FoundPlace = { level: 'provinsi'; name: string } | { level: 'kabupaten'; regency: Regency; bare: boolean } | { level: 'kecamatan' | 'desa'; name: string };

export interface Places {
  provinces: string[];
  regencies: Regency[];
  districts: string[];
  villages: string[];
  /** Name as written in the text → what it is; aliases (NTT, Kaltim) included. */
  found: Map<string, FoundPlace>;
}

/** Abbreviations the pages use, and the name each stands for. */
const ALIASES: Record<string, string> = { NTT: 'Nusa Tenggara Timur', Kaltim: 'Kalimantan Timur', Kutim: 'Kutai Timur' };

interface DataRinci {
  rinci: Record<string, { nama: string; kelurahan: { nama: string }[] }[]>;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How often `name` occurs in `text` as whole words, with the same capitals. */
function occurrences(name: string, text: string): number {
  return text.match(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(name)}(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0;
}
const occurs = (name: string, text: string): boolean => occurrences(name, text) > 0;

/**
 * Loads idn-area-data and finds which of its places the real text names. A name whose lowercase
 * form also occurs in the text's prose, as ordinary words ("baru", "merdeka"), is left alone.
 */
export async function loadPlaces(siteDir: string, realText: string): Promise<Places> {
  const [prov, reg, dist, vill] = await Promise.all([getProvinces(), getRegencies(), getDistricts(), getVillages()]);
  const provinces = prov.map((p) => p.name);
  const regencies: Regency[] = reg.map((r) => {
    const kota = r.name.startsWith('Kota ');
    return { full: r.name, bare: r.name.replace(/^(Kabupaten|Kota) /, ''), kota };
  });
  const districts = dist.map((d) => d.name);
  const villages = vill.map((v) => v.name);

  // Web addresses and file paths name places in lowercase too (kupang.go.id); they do not count.
  const prose = realText.replace(/\S*[\p{L}\p{N}][./][\p{L}\p{N}]\S*/gu, ' ');
  const ordinary = (name: string): boolean => occurs(name.toLowerCase(), prose);
  const found = new Map<string, FoundPlace>();
  const add = (name: string, place: FoundPlace): void => {
    if (name.length < 4 || found.has(name) || ordinary(name) || !occurs(name, realText)) return;
    found.set(name, place);
  };
  for (const name of provinces) add(name, { level: 'provinsi', name });
  for (const r of regencies) add(r.full, { level: 'kabupaten', regency: r, bare: false });
  // A bare name shared by a Kota and a Kabupaten ("Kupang") stands for the one whose full name
  // the text uses most.
  const uses = new Map(regencies.map((r) => [r, found.has(r.full) ? occurrences(r.full, realText) : 0]));
  const byUse = [...regencies].sort((a, b) => (uses.get(b) as number) - (uses.get(a) as number));
  for (const r of byUse) add(r.bare, { level: 'kabupaten', regency: r, bare: true });
  const rinci = JSON.parse(readFileSync(join(siteDir, 'data', 'wilayah-rinci.json'), 'utf8')) as DataRinci;
  for (const kecamatan of Object.values(rinci.rinci).flat()) {
    add(kecamatan.nama, { level: 'kecamatan', name: kecamatan.nama });
    for (const k of kecamatan.kelurahan) add(k.nama, { level: 'desa', name: k.nama });
  }
  for (const [alias, name] of Object.entries(ALIASES)) {
    const target = found.get(name);
    if (target && occurs(alias, realText)) found.set(alias, target);
  }
  return { provinces, regencies, districts, villages, found };
}

/** Escaped alternatives of the found names, longest first, for one combined expression. */
export function placePattern(places: Places): string[] {
  return [...places.found.keys()].sort((a, b) => b.length - a.length).map(escapeRe);
}

export { escapeRe };
