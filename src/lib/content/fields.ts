/** Field types shared by every schema: checked text, calendar dates, region ids. */
import * as z from 'zod';
import { isWilayahId } from '../wilayah';
import { toDateText, isValidDate } from './date';

export const tanggal = z.preprocess(toDateText, z.string({ error: 'harus tanggal YYYY-MM-DD' }).refine(isValidDate, { message: 'bukan tanggal YYYY-MM-DD yang ada di kalender' }));

/**
 * Sources may be dated to the day, the month or, for old documents, only the year. An unknown date
 * is written as `null` on purpose, so the page says "tanggal tidak diketahui" instead of a guess.
 */
const PESAN_TANGGAL_SUMBER = 'harus tanggal YYYY-MM-DD, bulan YYYY-MM, tahun YYYY, atau null bila tidak diketahui';

export const tanggalSumber = z.preprocess(
  toDateText,
  z
    .union([z.number().int(), z.string(), z.null()], { error: PESAN_TANGGAL_SUMBER })
    .transform((t) => (t === null ? null : String(t)))
    .refine((t) => t === null || /^\d{4}(-(0[1-9]|1[0-2]))?$/.test(t) || isValidDate(t), { message: PESAN_TANGGAL_SUMBER }),
);

export const teks = z.string({ error: 'harus teks' }).trim().min(1, { message: 'tidak boleh kosong' });

/**
 * Text that reaches HTML attributes, <title>, the sidebar and JSON-LD (titles, labels,
 * descriptions): plain words only. A pasted tag or comment there could end a script block.
 */
export const teksPolos = teks.refine((t) => !/[<>]|[\u2028\u2029]/.test(t), {
  message: 'tidak boleh berisi < atau > (markup) atau pemisah baris U+2028/U+2029; tulis teks biasa',
});

export const wilayahSchema = z
  .array(teks, { error: 'harus daftar id wilayah' })
  .min(1, { message: 'sebutkan minimal satu wilayah (atau `nasional`)' })
  .superRefine((ids, ctx) => {
    const sah = isWilayahId();
    for (const id of ids) {
      if (!sah.includes(id)) ctx.addIssue({ code: 'custom', message: `"${id}" bukan id wilayah; pilih dari: ${sah.join(', ')}` });
    }
  });
