/** Build-time schema for data/tanda-bahaya.json. */
import * as z from 'zod';
import { sumberSchema } from '../content/schema';
import { teks } from '../content/fields';

const id = teks.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'harus huruf kecil dan tanda hubung' });

export const dataTandaSchema = z
  .strictObject({
    kelompok: z.array(z.strictObject({ id, judul: teks })).min(1),
    tanda: z
      .array(
        z.strictObject({
          id,
          kelompok: id,
          teks,
          darurat: z.boolean({ error: 'harus true atau false' }),
          sumber: z.array(sumberSchema).min(1, { message: 'setiap tanda perlu minimal satu sumber' }),
        }),
      )
      .min(1),
  })
  .superRefine((d, ctx) => {
    const kelompok = new Set(d.kelompok.map((k) => k.id));
    const dilihat = new Set<string>();
    d.tanda.forEach((t, i) => {
      if (!kelompok.has(t.kelompok)) ctx.addIssue({ code: 'custom', path: ['tanda', i, 'kelompok'], message: `kelompok "${t.kelompok}" tidak ada` });
      if (dilihat.has(t.id)) ctx.addIssue({ code: 'custom', path: ['tanda', i, 'id'], message: `id "${t.id}" dipakai dua kali` });
      dilihat.add(t.id);
    });
  });
