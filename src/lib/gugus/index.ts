/**
 * Task-force coverage per kelurahan: the full list comes from the region data; a kelurahan
 * has task-force information only where data/gugus-kelurahan.json names a source. Every
 * other kelurahan says "belum ada data" — never a guess.
 */
import type * as z from 'zod';
import type { Sumber } from '../content/schema';
import type { dataGugusKelurahanSchema } from './schema';
import type { Kecamatan } from '../wilayah/model';

/** The file's type, inferred from the schema that checks it at build time (type-only import). */
export type DataGugusKelurahan = z.infer<typeof dataGugusKelurahanSchema>;

export interface BarisKelurahan {
  kecamatan: string;
  nama: string;
  kode: string;
  keterangan: string | null;
  sumber: Sumber[];
}

export function barisKelurahan(kecamatan: readonly Kecamatan[], data: DataGugusKelurahan): BarisKelurahan[] {
  const kunci = (kec: string, nama: string): string => `${kec}/${nama}`.toLowerCase();
  const dikenal = new Map(data.kelurahan.map((k) => [kunci(k.kecamatan, k.nama), k]));
  return kecamatan.flatMap((kec) =>
    kec.kelurahan.map((kel) => {
      const info = dikenal.get(kunci(kec.nama, kel.nama));
      return {
        kecamatan: kec.nama,
        nama: kel.nama,
        kode: kel.kode,
        keterangan: info?.keterangan ?? null,
        sumber: (info?.sumber ?? []).flatMap((s) => (data.sumber[s] ? [data.sumber[s]] : [])),
      };
    }),
  );
}
