/**
 * The search thesaurus file (data/tesaurus.json), checked at build time and by
 * `npm run konten:periksa` (src/lib/data): groups of at least two words or phrases, written in
 * lower case as people type them, no entry in two groups (it would join both).
 */
import * as z from 'zod';

const anggota = z
  .string({ error: 'harus teks' })
  .min(1, { message: 'kosong' })
  .refine((t) => t === t.trim().toLowerCase() && !/\s{2}/.test(t), { message: 'tulis dengan huruf kecil, tanpa spasi di awal, di akhir atau berganda' });

export const tesaurusFileSchema = z
  .strictObject({
    $komentar: z.string().optional(),
    grup: z.array(z.array(anggota).min(2, { message: 'satu kelompok perlu minimal dua kata' })).min(1),
  })
  .superRefine((data, ctx) => {
    const dilihat = new Map<string, number>();
    data.grup.forEach((g, i) =>
      g.forEach((kata, j) => {
        const lain = dilihat.get(kata);
        if (lain !== undefined) ctx.addIssue({ code: 'custom', path: ['grup', i, j], message: `"${kata}" sudah ada di kelompok ${lain + 1}` });
        else dilihat.set(kata, i);
      }),
    );
  });
