/**
 * The region model: which provinces and kabupaten/kota the site knows, with their
 * official Kemendagri codes. The data is generated from the `idn-area-data` package
 * (see scripts/wilayah-impor.ts); this module only shapes and reads it.
 */

export type WilayahLevel = 'nasional' | 'provinsi' | 'kabupaten' | 'kota';

export interface Wilayah {
  /** Stable id used in front matter, e.g. `kota-kupang`. */
  id: string;
  /** Kemendagri code, e.g. `53.71`; empty for `nasional`. */
  kode: string;
  nama: string;
  tingkat: WilayahLevel;
  /** id of the province a kabupaten/kota belongs to. */
  induk?: string;
}

export interface Kecamatan {
  kode: string;
  nama: string;
  kelurahan: { kode: string; nama: string; jenis: 'kelurahan' | 'desa' }[];
}

export interface SumberWilayah {
  paket: string;
  versi: string;
  lisensiData: string;
  rujukan: string;
}

export interface DataWilayah {
  sumber: SumberWilayah;
  wilayah: Wilayah[];
}

/** Kecamatan and villages for the kabupaten/kota listed as `rinci`, by wilayah id. Kept in its own file so pages that only need region names do not download every village. */
export interface DataRinci {
  sumber: SumberWilayah;
  rinci: Record<string, Kecamatan[]>;
}

export const NASIONAL: Wilayah = { id: 'nasional', kode: '', nama: 'Nasional (seluruh Indonesia)', tingkat: 'nasional' };

/** `Kota Kupang` → `kota-kupang`; the id never carries the code so a reader can type it. */
export function wilayahSlug(nama: string): string {
  return nama
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function levelFromName(nama: string, kode: string): WilayahLevel {
  if (!kode.includes('.')) return 'provinsi';
  return /^kota\b/i.test(nama) ? 'kota' : 'kabupaten';
}

interface BarisWilayah {
  code: string;
  name: string;
}
interface BarisAnak extends BarisWilayah {
  parent: string;
}

export interface RawSource {
  provinsi: BarisWilayah[];
  kabupatenKota: BarisAnak[];
  kecamatan: BarisAnak[];
  desaKelurahan: BarisAnak[];
}

/**
 * Picks the chosen regions out of the full national tables. Throws when a chosen code
 * does not exist, so a typo in the selection cannot silently drop a region.
 */
export function selectWilayah(mentah: RawSource, pilihan: { wilayah: string[]; rinci: string[] }, sumber: SumberWilayah): { wilayah: DataWilayah; rinci: DataRinci } {
  const byCode = new Map<string, BarisWilayah & { parent?: string }>();
  for (const p of mentah.provinsi) byCode.set(p.code, p);
  for (const r of mentah.kabupatenKota) byCode.set(r.code, r);

  const wilayah: Wilayah[] = [NASIONAL];
  const idByCode = new Map<string, string>();
  for (const kode of pilihan.wilayah) {
    const baris = byCode.get(kode);
    if (!baris) throw new Error(`Kode wilayah ${kode} tidak ada di data Kemendagri (idn-area-data).`);
    const id = wilayahSlug(baris.name);
    idByCode.set(kode, id);
    const induk = baris.parent ? idByCode.get(baris.parent) : undefined;
    if (baris.parent && !induk) {
      throw new Error(`Kode wilayah ${kode}: provinsinya (${baris.parent}) harus dipilih lebih dulu.`);
    }
    wilayah.push({ id, kode, nama: baris.name, tingkat: levelFromName(baris.name, kode), ...(induk ? { induk } : {}) });
  }

  const rinci: Record<string, Kecamatan[]> = {};
  for (const kode of pilihan.rinci) {
    const id = idByCode.get(kode);
    if (!id) throw new Error(`Kode rinci ${kode} harus juga ada di daftar 'wilayah'.`);
    rinci[id] = mentah.kecamatan
      .filter((k) => k.parent === kode)
      .map((k) => ({
        kode: k.code,
        nama: k.name,
        kelurahan: mentah.desaKelurahan
          .filter((v) => v.parent === k.code)
          // In the Kemendagri numbering the fourth segment starts with 1 for a kelurahan, 2 for a desa.
          .map((v) => ({ kode: v.code, nama: v.name, jenis: v.code.split('.')[3]?.startsWith('1') ? ('kelurahan' as const) : ('desa' as const) })),
      }));
  }
  return { wilayah: { sumber, wilayah }, rinci: { sumber, rinci } };
}
