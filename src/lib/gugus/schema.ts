/** Build-time schema for data/gugus-kelurahan.json; every named kelurahan must exist in the region data. */
import * as z from 'zod';
import { sumberSchema } from '../content/schema';
import { teks } from '../content/fields';
import { kecamatanIn } from '../wilayah/rinci';

export const dataGugusKelurahanSchema = z
  .object({
    sumber: z.record(z.string(), sumberSchema),
    kelurahan: z.array(z.strictObject({ kecamatan: teks, nama: teks, keterangan: teks, sumber: z.array(teks).min(1) })),
  })
  .superRefine((d, ctx) => {
    const kupang = kecamatanIn('kota-kupang');
    d.kelurahan.forEach((k, i) => {
      const kec = kupang.find((x) => x.nama === k.kecamatan);
      if (!kec) ctx.addIssue({ code: 'custom', path: ['kelurahan', i, 'kecamatan'], message: `kecamatan "${k.kecamatan}" tidak ada di Kota Kupang` });
      else if (!kec.kelurahan.some((x) => x.nama === k.nama)) {
        ctx.addIssue({ code: 'custom', path: ['kelurahan', i, 'nama'], message: `kelurahan "${k.nama}" tidak ada di Kecamatan ${k.kecamatan}` });
      }
      k.sumber.forEach((s, j) => {
        if (!(s in d.sumber)) ctx.addIssue({ code: 'custom', path: ['kelurahan', i, 'sumber', j], message: `sumber "${s}" tidak ada` });
      });
    });
  });
