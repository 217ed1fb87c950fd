/**
 * The site's open data: every data file published under `/data/`, with its licence, where it
 * comes from, and the schema it is checked with. Each JSON file is one envelope
 * `{ lisensi, sumber, diperbarui, data }`, and its JSON Schema is made from the same zod schema
 * the build checks the data with, so the two cannot disagree. src/plugins/data-terbuka writes the
 * files; docs/tentang/data-terbuka.mdx describes them. Node only: zod stays out of browser bundles.
 */
import * as z from 'zod';
import type { Teks } from '../content/bahasa';
import { isValidDate } from '../content/date';
import { JENIS_RELASI, STATUS_VERIFIKASI, type Sumber } from '../content/schema';
import { dataAngkaSchema } from '../grafik/schema';
import { dataGugusKelurahanSchema } from '../gugus/schema';
import { dataKontakSchema } from '../kontak/schema';
import { provenansSchema } from '../perekrut/schema';
import { LABEL_JENIS } from '../regulasi/kind';
import { LABEL_STATUS } from '../regulasi/katalog';
import type { EntriJdihn } from '../regulasi/jdihn';

/** Where the open data lives in a locale's build, and the page that describes it. */
export const FOLDER_DATA = 'data';
export const FILE_INDEKS = 'indeks.json';
export const HALAMAN_DATA = 'tentang/data-terbuka';

/**
 * The licence of every dataset below, as LICENSE-KONTEN.md says: page content (the regulation
 * metadata is the regulation pages' front matter), the recruiter compilation and the data files
 * are CC BY 4.0. The recruiter compilation's provenance file says the same (`lisensi`).
 */
export const CC_BY_4 = { nama: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/legalcode' } as const;

const tanggalIso = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'harus tanggal YYYY-MM-DD' }).refine(isValidDate, { message: 'bukan tanggal yang ada' });

/** One published JSON file: the data with its licence, provenance and date, keys in Indonesian. */
export interface Amplop<T = unknown> {
  lisensi: string;
  sumber: string;
  /** When a person last checked the data; null when the file does not record it. */
  diperbarui: string | null;
  data: T;
}

/** The envelope around a dataset's own schema. */
export function amplopSchema<T extends z.ZodType>(data: T) {
  return z.strictObject({
    lisensi: z.string().min(1).meta({ description: 'Lisensi data, mis. "CC BY 4.0"' }),
    sumber: z.string().min(1).meta({ description: 'Dari mana data ini berasal; setiap entri menyebut sumbernya sendiri' }),
    diperbarui: tanggalIso.nullable().meta({ description: 'Kapan data terakhir diperiksa orang (YYYY-MM-DD); null bila berkas tidak mencatatnya' }),
    data,
  });
}

/**
 * The regulation catalogue in the JDIHN field shape (src/lib/regulasi/jdihn). The JDIHN feed
 * itself has no published schema; this one says what ours emits.
 */
const jdihnEntrySchema = z.strictObject({
  idData: z.string().min(1),
  jenis: z.enum(Object.values(LABEL_JENIS).map((j) => j.lengkap)),
  singkatanJenis: z.enum(Object.values(LABEL_JENIS).map((j) => j.singkat)),
  noPeraturan: z.string().min(1),
  judul: z.string().min(1),
  tahun_pengundangan: z.number().int(),
  tanggal_penetapan: tanggalIso.nullable(),
  tanggal_pengundangan: tanggalIso.nullable(),
  tanggal_berlaku: tanggalIso.nullable(),
  teuBadan: z.string().nullable(),
  status: z.enum(Object.values(LABEL_STATUS).map((s) => s.id)),
  catatanStatus: z.string().nullable(),
  bahasa: z.literal('Indonesia'),
  urlDetailPeraturan: z.string().min(1),
  urlDownload: z.url().nullable(),
  wilayah: z.array(z.string().min(1)),
  verifikasi: z.enum(STATUS_VERIFIKASI),
  relasi: z.array(
    z.strictObject({
      jenis: z.enum(JENIS_RELASI),
      label: z.string().min(1),
      target: z.string().min(1),
      pasal: z.string().nullable(),
      catatan: z.string().nullable(),
    }),
  ),
}) satisfies z.ZodType<EntriJdihn>;

export const dataRegulasiSchema = z.array(jdihnEntrySchema);

/** `/regulasi.json`, the older address of the same catalogue, kept for existing links. */
export const fileJdihnSchema = z.strictObject({
  dibuat: z.string().min(1),
  sumber: z.string().min(1),
  lisensi: z.string().min(1),
  data: dataRegulasiSchema,
});

/** A dataset published as one envelope at `/data/<id>.json`, its schema at `/data/<id>.schema.json`. */
export interface DatasetTerbuka<T = unknown> {
  id: string;
  /** The repository file it is published from; null when the build makes it from the pages. */
  berkas: string | null;
  judul: Teks;
  /** What one entry holds. */
  isi: Teks;
  /** How often it changes. */
  perubahan: Teks;
  lisensi: string;
  /** The schema of `data`: the one the build checks the file with (src/lib/data FILE_DATA). */
  schema: z.ZodType<T>;
  /** Where the data comes from, as its own sources say: the envelope's `sumber` (Indonesian). */
  sumber(data: T): string;
  diperbarui(data: T): string | null;
}

/** Sources counted once however many entries cite them. */
const jumlahSumber = (sumber: readonly Sumber[]): number => new Set(sumber.map((s) => `${s.judul}\u0000${s.penerbit}`)).size;

const terakhir = (tanggal: readonly string[]): string | null => [...tanggal].sort().at(-1) ?? null;

const REGULASI: DatasetTerbuka<EntriJdihn[]> = {
  id: 'regulasi',
  berkas: null,
  judul: { id: 'Katalog regulasi', en: 'Regulation catalogue' },
  isi: {
    id: 'Satu entri per peraturan yang punya halaman: jenis, nomor, tahun, judul, tanggal, status, wilayah, tingkat verifikasi dan relasi dengan peraturan lain; nama field seperti umpan JDIHN.',
    en: 'One entry per regulation that has a page: kind, number, year, title, dates, status, regions, verification level and relations to other regulations; field names as in the JDIHN feed.',
  },
  perubahan: {
    id: 'Dibuat ulang setiap kali situs dibangun, dari halaman regulasi; berubah bila sebuah halaman regulasi ditambah atau diperbarui.',
    en: 'Regenerated at every site build from the regulation pages; changes when a regulation page is added or updated.',
  },
  lisensi: CC_BY_4.nama,
  schema: dataRegulasiSchema,
  sumber: (data) =>
    `Metadata ${data.length} peraturan dari front matter halaman regulasi Pustaka TPPO (bukan JDIH resmi). ` +
    `Setiap halaman menyebut sumbernya; alamat salinan resmi ada di urlDownload bila kami menemukannya. Teks peraturan milik penerbitnya dan tidak termasuk lisensi ini.`,
  // The pages' own dates are not in the JDIHN shape; the plugin passes the newest one.
  diperbarui: () => null,
};

const KONTAK: DatasetTerbuka<z.output<typeof dataKontakSchema>> = {
  id: 'kontak',
  berkas: 'data/kontak.json',
  judul: { id: 'Nomor penting', en: 'Important numbers' },
  isi: {
    id: 'Setiap saluran pengaduan dan kantor: untuk siapa (melayani), telepon dan WhatsApp seperti tertulis di sumber, wilayah, jam layanan, sumber, kapan diperiksa (diperiksa) dan kapan harus diperiksa ulang (tinjau_ulang).',
    en: 'Every hotline and office: whom it serves (melayani), phone and WhatsApp numbers as written in the source, regions, opening hours, sources, when it was checked (diperiksa) and when it must be checked again (tinjau_ulang).',
  },
  perubahan: {
    id: 'Setiap nomor diperiksa ulang paling lambat pada tanggal tinjau_ulang-nya; berkas berubah bila nomor ditambah, diperbaiki atau diperiksa ulang.',
    en: 'Each number is checked again by its tinjau_ulang date at the latest; the file changes when a number is added, corrected or checked again.',
  },
  lisensi: CC_BY_4.nama,
  schema: dataKontakSchema,
  sumber: (data) =>
    `${data.kontak.length} kontak dari ${jumlahSumber(data.kontak.flatMap((k) => k.sumber))} sumber publik (situs lembaga, berita, halaman pihak lain), disusun tim Pustaka TPPO. ` +
    'Setiap kontak menyebut sumbernya (sumber) dan kapan diperiksa (diperiksa); sumber sekunder ditandai di catatannya.',
  diperbarui: (data) => terakhir(data.kontak.map((k) => k.diperiksa)),
};

const ANGKA: DatasetTerbuka<z.output<typeof dataAngkaSchema>> = {
  id: 'angka',
  berkas: 'data/angka.json',
  judul: { id: 'Angka untuk grafik', en: 'Figures for the charts' },
  isi: {
    id: 'Setiap seri angka yang digambar sebagai grafik: judul, satuan, kategori, nilai per kelompok, target bila ada, catatan cara membaca, dan sumbernya.',
    en: 'Every series of figures drawn as a chart: title, unit, categories, values per group, target where there is one, notes on how to read it, and its sources.',
  },
  perubahan: {
    id: 'Tidak terjadwal: bila sumber publik memberi angka baru.',
    en: 'Unscheduled: when a public source gives new figures.',
  },
  lisensi: CC_BY_4.nama,
  schema: dataAngkaSchema,
  sumber: (data) => {
    const seri = Object.values(data.seri);
    return (
      `${seri.length} seri angka dari ${jumlahSumber(seri.flatMap((s) => s.sumber))} sumber publik (berita, keterangan pejabat, laporan lembaga), disusun tim Pustaka TPPO. ` +
      'Setiap seri menyebut sumbernya (sumber) dan, di catatan, apa yang tidak dikatakan sumber itu.'
    );
  },
  // The file records the sources' dates, not when someone last checked it.
  diperbarui: () => null,
};

const GUGUS_KELURAHAN: DatasetTerbuka<z.output<typeof dataGugusKelurahanSchema>> = {
  id: 'gugus-kelurahan',
  berkas: 'data/gugus-kelurahan.json',
  judul: { id: 'Gugus tugas per kelurahan Kota Kupang', en: 'Task forces by kelurahan, Kota Kupang' },
  isi: {
    id: 'Kelurahan Kota Kupang yang disebut sebuah sumber dalam kaitan dengan gugus tugas TPPO: kecamatan, nama, keterangan dan sumbernya. Kelurahan yang tidak ada di berkas belum punya data.',
    en: 'Kelurahan of Kota Kupang that a source names in connection with a TPPO task force: district, name, note and sources. A kelurahan not in the file has no data yet.',
  },
  perubahan: {
    id: 'Tidak terjadwal: bila sebuah sumber menyebut kelurahan lain.',
    en: 'Unscheduled: when a source names another kelurahan.',
  },
  lisensi: CC_BY_4.nama,
  schema: dataGugusKelurahanSchema,
  sumber: (data) =>
    `${data.kelurahan.length} kelurahan Kota Kupang yang disebut dalam ${Object.keys(data.sumber).length} berita (daftar sumber), disusun tim Pustaka TPPO. ` +
    'Setiap kelurahan menyebut beritanya; nama kelurahan dan kecamatan seperti di data wilayah Kemendagri. Kelurahan yang tidak disebut belum punya data, bukan tanpa gugus tugas.',
  diperbarui: () => null,
};

/** Every dataset published as an envelope, in the order the page and the index list them. */
export const DATA_TERBUKA: readonly DatasetTerbuka[] = [REGULASI, KONTAK, ANGKA, GUGUS_KELURAHAN];

/**
 * The recruiter registry snapshots, published byte for byte by src/plugins/perekrut at
 * `/data/perekrut/<id>.csv` with their provenance `<id>.json`: described here, not copied.
 */
export const PEREKRUT = {
  folder: `${FOLDER_DATA}/perekrut`,
  fileSkemaProvenans: 'provenans.schema.json',
  judul: { id: 'Registri perekrut', en: 'Recruiter registry' },
  isi: {
    id: 'Setiap snapshot: satu baris CSV per pernyataan bertanggal tentang izin satu kantor satu perusahaan (nama seperti di sumber, status, tanggal, sumber), dan berkas provenans JSON: dari mana, kapan, cara memperbarui, lisensi.',
    en: 'Each snapshot: one CSV row per dated statement about the licence of one office of one company (name as in the source, status, date, source), and a provenance JSON file: where from, when, how to update, licence.',
  },
  perubahan: {
    id: 'Satu baris ditambah per pernyataan baru (baris lama tidak diubah); ekspor resmi menjadi snapshot tersendiri.',
    en: 'One row is added per new statement (old rows are not changed); an official export becomes a snapshot of its own.',
  },
  schema: provenansSchema,
} as const;

/** A snapshot's provenance, with its id: the file name, which the file itself may omit. */
export type ProvenansTerbuka = z.output<typeof provenansSchema> & { id: string };

/** Problems of `data` against the dataset's schema, each as "field: reason" (empty: valid). */
function masalah(schema: z.ZodType, data: unknown): string[] {
  const hasil = schema.safeParse(data);
  return hasil.success ? [] : hasil.error.issues.map((i) => `${i.path.map(String).join('.') || '(berkas)'}: ${i.message}`);
}

/**
 * The envelope of one dataset, from the data as read; `data` is what the dataset's schema made
 * of it (trimmed text, source years as text, editors' comments dropped), which its JSON Schema
 * also accepts. Throws, naming the dataset and field, when the data or the envelope is invalid.
 */
export function buildAmplop<T>(dataset: DatasetTerbuka<T>, masukan: unknown, diperbarui?: string | null): Amplop<T> {
  const hasil = dataset.schema.safeParse(masukan);
  if (!hasil.success) throw new Error(`data terbuka ${dataset.id}: ${masalah(dataset.schema, masukan).join('; ')}`);
  const amplop = { lisensi: dataset.lisensi, sumber: dataset.sumber(hasil.data), diperbarui: diperbarui ?? dataset.diperbarui(hasil.data), data: hasil.data };
  const salah = masalah(amplopSchema(dataset.schema), amplop);
  if (salah.length > 0) throw new Error(`data terbuka ${dataset.id}: ${salah.join('; ')}`);
  return amplop;
}

/** Turns a zod schema into JSON Schema (2020-12) of what a file holds, with its address when known. */
function toJsonSchema(schema: z.ZodType, meta: { title: string; description: string }, alamat: string | undefined): Record<string, unknown> {
  const { $schema, ...isi } = z.toJSONSchema(schema.meta(meta), { io: 'input', target: 'draft-2020-12' });
  return { $schema, ...(alamat ? { $id: alamat } : {}), ...isi };
}

/** The JSON Schema of a dataset's file: the envelope around its data's schema. */
export function skemaDataset(dataset: DatasetTerbuka, alamat?: string): Record<string, unknown> {
  return toJsonSchema(amplopSchema(dataset.schema), { title: `${dataset.judul.id} (Pustaka TPPO)`, description: dataset.isi.id }, alamat);
}

export function skemaProvenans(alamat?: string): Record<string, unknown> {
  return toJsonSchema(PEREKRUT.schema, { title: 'Provenans snapshot registri perekrut (Pustaka TPPO)', description: PEREKRUT.isi.id }, alamat);
}

export function skemaJdihn(alamat?: string): Record<string, unknown> {
  return toJsonSchema(fileJdihnSchema, { title: 'Katalog regulasi dalam bentuk umpan JDIHN (Pustaka TPPO)', description: REGULASI.isi.id }, alamat);
}

/** One file of a dataset in the index: its address and the address of its JSON Schema (none for CSV). */
export interface BerkasIndeks {
  url: string;
  format: 'application/json' | 'text/csv';
  skema: string | null;
}

export interface EntriIndeks {
  id: string;
  judul: Teks;
  isi: Teks;
  perubahan: Teks;
  lisensi: string;
  lisensi_url: string | null;
  sumber: string;
  diperbarui: string | null;
  berkas: BerkasIndeks[];
}

export interface Indeks {
  judul: string;
  halaman: string;
  dataset: EntriIndeks[];
}

/** The address of a file under `/data/`, from the locale's address prefix (site URL when fixed, then baseUrl). */
export const alamatData = (awalan: string, file: string): string => `${awalan}${FOLDER_DATA}/${file}`;

const lisensiUrl = (lisensi: string): string | null => (lisensi === CC_BY_4.nama ? CC_BY_4.url : null);

/**
 * `/data/indeks.json`: every dataset with its files, schemas, licence and provenance. `awalan` is
 * what addresses start with: the site URL (when the build has a fixed one) and the locale's baseUrl.
 */
export function buildIndeks(awalan: string, amplop: ReadonlyMap<string, Amplop>, snapshot: readonly ProvenansTerbuka[], fileJdihn: string): Indeks {
  const dataset: EntriIndeks[] = DATA_TERBUKA.map((d) => {
    const a = amplop.get(d.id);
    if (!a) throw new Error(`data terbuka ${d.id}: berkas belum dibuat`);
    const berkas: BerkasIndeks[] = [{ url: alamatData(awalan, `${d.id}.json`), format: 'application/json', skema: alamatData(awalan, `${d.id}.schema.json`) }];
    if (d.id === REGULASI.id) berkas.push({ url: `${awalan}${fileJdihn}`, format: 'application/json', skema: `${awalan}${fileJdihn.replace(/\.json$/, '.schema.json')}` });
    return { id: d.id, judul: d.judul, isi: d.isi, perubahan: d.perubahan, lisensi: a.lisensi, lisensi_url: lisensiUrl(a.lisensi), sumber: a.sumber, diperbarui: a.diperbarui, berkas };
  });
  for (const p of snapshot) {
    const { id } = p;
    if (!p.lisensi) throw new Error(`data terbuka: ${PEREKRUT.folder}/${id}.json tidak menyebut lisensi; tulis "lisensi" sebelum snapshot ini diterbitkan`);
    dataset.push({
      id: `perekrut-${id}`,
      judul: { id: `${PEREKRUT.judul.id}: ${p.judul}`, en: `${PEREKRUT.judul.en}: ${p.judul}` },
      isi: PEREKRUT.isi,
      perubahan: PEREKRUT.perubahan,
      lisensi: p.lisensi,
      lisensi_url: lisensiUrl(p.lisensi),
      sumber: p.asal,
      diperbarui: p.tanggal,
      berkas: [
        { url: alamatData(awalan, `perekrut/${id}.csv`), format: 'text/csv', skema: null },
        { url: alamatData(awalan, `perekrut/${id}.json`), format: 'application/json', skema: alamatData(awalan, `perekrut/${PEREKRUT.fileSkemaProvenans}`) },
      ],
    });
  }
  return { judul: 'Data terbuka Pustaka TPPO', halaman: `${awalan}${HALAMAN_DATA}`, dataset };
}
