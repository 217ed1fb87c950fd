/**
 * The provenance file beside each registry snapshot (`data/perekrut/<id>.json`), checked when it
 * is read (Node and build only: zod stays out of the browser).
 */
import * as z from 'zod';
import { isValidDate } from '../content/date';

const teks = z.string({ error: 'harus teks' });

export const provenansSchema = z.strictObject({
  // The file name is the snapshot's id; an id inside the file is kept for people reading it.
  id: teks.optional(),
  judul: teks.min(1, { message: 'tulis judul snapshot' }),
  jenis: z.enum(['ekspor_resmi', 'kompilasi_publik'], { error: (i) => `"jenis" harus "ekspor_resmi" atau "kompilasi_publik", bukan "${String(i.input)}"` }),
  tanggal: teks.refine(isValidDate, { message: 'harus tanggal YYYY-MM-DD yang ada' }),
  asal: teks,
  cara_memperbarui: teks,
  catatan: teks,
  lisensi: teks.optional(),
});

/** The first problem of a provenance object, as "field: reason", or undefined when it is valid. */
export function masalahProvenans(data: unknown): string | undefined {
  const hasil = provenansSchema.safeParse(data);
  if (hasil.success) return undefined;
  const i = hasil.error.issues[0];
  if (!i) return 'tidak sah';
  if (i.code === 'unrecognized_keys') return `kolom tidak dikenal: ${i.keys.map((k) => `"${k}"`).join(', ')}`;
  return i.path.length > 0 && !i.message.startsWith('"') ? `"${i.path.join('.')}" ${i.message}` : i.message;
}
