/** The schema of data/perubahan.json (build time only; the pages use the inferred types). */
import * as z from 'zod';
import { tanggal, teks } from '../content/fields';
import { sumberSchema } from '../content/schema';

const duaBahasa = z.strictObject({ id: teks, en: teks });

export const perubahanSchema = z.strictObject({
  /** The day the change was published. */
  tanggal,
  /** The addresses of the pages it changed, as readers open them (`/kontak`, `/perekrut/daftar`). */
  halaman: z.array(teks.regex(/^\/[a-z0-9/#-]*$/, { message: 'harus alamat halaman, mis. /sop/lapor-rt' })).min(1, { message: 'sebutkan halaman yang berubah' }),
  /** What changed, in one line. */
  judul: duaBahasa,
  /** What changed and why, in a few sentences. */
  isi: duaBahasa,
  sumber: z.array(sumberSchema).min(1, { message: 'setiap perubahan perlu sumbernya' }),
});

export const dataPerubahanSchema = z
  .strictObject({
    $komentar: teks.optional(),
    perubahan: z.array(perubahanSchema),
  })
  .superRefine((d, ctx) => {
    // Newest first, as the page and the feed show them: a note added at the end would be out of place.
    d.perubahan.forEach((p, i) => {
      const sebelum = d.perubahan[i - 1];
      if (sebelum && p.tanggal > sebelum.tanggal) ctx.addIssue({ code: 'custom', path: ['perubahan', i, 'tanggal'], message: 'urutkan dari yang terbaru' });
    });
  });
