/**
 * Every data file the pages render, with its schema. The build (src/plugins/data-situs) and
 * `npm run konten:periksa` both check them here, so a bad row fails with its file and field.
 */
import type * as z from 'zod';
import { dataKontakSchema } from '../kontak/schema';
import { dataTandaSchema } from '../tanda/schema';
import { dataAngkaSchema } from '../grafik/schema';
import { dataGugusKelurahanSchema } from '../gugus/schema';
import { tesaurusFileSchema } from '../search/synonyms-schema';
import { dataPerubahanSchema } from '../perubahan/schema';

export const FILE_DATA: Record<string, z.ZodType> = {
  'data/kontak.json': dataKontakSchema,
  'data/tanda-bahaya.json': dataTandaSchema,
  'data/angka.json': dataAngkaSchema,
  'data/gugus-kelurahan.json': dataGugusKelurahanSchema,
  'data/tesaurus.json': tesaurusFileSchema,
  'data/perubahan.json': dataPerubahanSchema,
};

function jalur(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('') || '(berkas)';
}

/** Problems in one data file, each naming the file and the field: `data/kontak.json: kontak[2].telepon: ...`. */
export function periksaData(file: string, isi: string | undefined): string[] {
  const schema = FILE_DATA[file];
  if (!schema) return [`${file}: tidak ada skema untuk berkas ini`];
  if (isi === undefined) return [`${file}: berkas tidak ditemukan`];
  let data: unknown;
  try {
    data = JSON.parse(isi);
  } catch (err) {
    return [`${file}: JSON tidak bisa dibaca: ${err instanceof Error ? err.message : String(err)}`];
  }
  const hasil = schema.safeParse(data);
  return hasil.success ? [] : hasil.error.issues.map((i) => `${file}: ${jalur(i.path)}: ${i.message}`);
}
