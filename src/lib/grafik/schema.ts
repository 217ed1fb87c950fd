/** Build-time schema for data/angka.json. */
import * as z from 'zod';
import { sumberSchema } from '../content/schema';
import { teks } from '../content/fields';

const seriSchema = z
  .strictObject({
    judul: teks,
    satuan: teks,
    kategori: z.array(teks).min(1),
    kelompok: z.array(z.strictObject({ nama: teks, nilai: z.array(z.number().nonnegative()) })).min(1),
    target: z.array(teks).optional(),
    catatan: teks.optional(),
    sumber: z.array(sumberSchema).min(1, { message: 'setiap angka perlu minimal satu sumber' }),
  })
  .superRefine((s, ctx) => {
    s.kelompok.forEach((k, i) => {
      if (k.nilai.length !== s.kategori.length) {
        ctx.addIssue({ code: 'custom', path: ['kelompok', i, 'nilai'], message: `harus ${s.kategori.length} angka, satu per kategori` });
      }
    });
    (s.target ?? []).forEach((t, i) => {
      if (!s.kategori.includes(t)) ctx.addIssue({ code: 'custom', path: ['target', i], message: `"${t}" bukan salah satu kategori` });
    });
  });

export const dataAngkaSchema = z.strictObject({ seri: z.record(z.string().regex(/^[a-z0-9-]+$/), seriSchema) });
