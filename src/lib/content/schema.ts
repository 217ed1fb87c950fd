/**
 * Front matter schemas, one per content kind. Every page must say where its facts come
 * from (`sumber`), when a person last checked it (`diperbarui`), which regions it is about
 * (`wilayah`) and how far it is verified (`verifikasi`). No field has a silent default.
 */
import * as z from 'zod';
import { JENIS_REGULASI } from '../regulasi/kind';
import { tanggal, tanggalSumber, teks, teksPolos, wilayahSchema as wilayah } from './fields';

export const STATUS_VERIFIKASI = ['terverifikasi', 'sebagian', 'belum'] as const;
export type StatusVerifikasi = (typeof STATUS_VERIFIKASI)[number];

/** Kinds of page, one closed list for the schemas, the build, search facets and print policy. */
export const JENIS_KONTEN = ['halaman', 'regulasi', 'sop', 'pelatihan', 'perekrut'] as const;
export type JenisKonten = (typeof JENIS_KONTEN)[number];

export const AUDIENS = ['ketua-rt', 'pencari-kerja', 'pelatih', 'gugus-tugas', 'umum'] as const;

export const sumberSchema = z.strictObject({
  judul: teks,
  penerbit: teks,
  tanggal: tanggalSumber,
  url: z.url({ protocol: /^https?$/, error: 'harus alamat http(s) lengkap' }).optional(),
  catatan: teks.optional(),
});
export type Sumber = z.infer<typeof sumberSchema>;

const dasar = z.object({
  title: teksPolos,
  description: teksPolos,
  sidebar_label: teksPolos.optional(),
  sumber: z.array(sumberSchema, { error: 'harus daftar sumber (judul, penerbit, tanggal, url)' }).min(1, {
    message: 'setiap halaman perlu minimal satu sumber',
  }),
  diperbarui: tanggal,
  wilayah,
  verifikasi: z.enum(STATUS_VERIFIKASI, { error: `harus salah satu dari: ${STATUS_VERIFIKASI.join(', ')}` }),
  /** What is not verified, in a sentence the reader sees. Required unless fully verified. */
  catatan_verifikasi: teks.optional(),
  /**
   * On a translation: which revision of the Indonesian page it translates, as the first 12 hex
   * digits of the SHA-256 of that file (`npm run terjemahan:sidik -- docs/…`).
   */
  terjemahan_dari: teks.regex(/^[0-9a-f]{12}$/, { message: 'harus 12 digit heksadesimal: sidik berkas Indonesia (npm run terjemahan:sidik -- docs/…)' }).optional(),
});

function wajibCatatan<T extends { verifikasi: StatusVerifikasi; catatan_verifikasi?: string | undefined }>(fm: T, ctx: z.RefinementCtx): void {
  if (fm.verifikasi !== 'terverifikasi' && !fm.catatan_verifikasi) {
    ctx.addIssue({
      code: 'custom',
      path: ['catatan_verifikasi'],
      message: `wajib diisi bila verifikasi "${fm.verifikasi}": tulis apa yang belum terverifikasi`,
    });
  }
}

export const halamanSchema = dasar.superRefine(wajibCatatan);

/** Kinds of regulation, named as in the national JDIHN feed. */
// The kinds of regulation live in one table (src/lib/regulasi/kind).
export { JENIS_REGULASI, type JenisRegulasi } from '../regulasi/kind';

export const STATUS_REGULASI = ['berlaku', 'diubah', 'dicabut', 'dicabut_sebagian', 'tidak_diketahui'] as const;
export type StatusRegulasi = (typeof STATUS_REGULASI)[number];

/** A relation is written once, on the page of the rule that acts; the reverse is computed. */
export const JENIS_RELASI = ['ubah', 'cabut', 'cabut_sebagian', 'dasar_hukum', 'melaksanakan'] as const;
export type JenisRelasi = (typeof JENIS_RELASI)[number];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const relasiSchema = z.strictObject({
  jenis: z.enum(JENIS_RELASI, { error: `harus salah satu dari: ${JENIS_RELASI.join(', ')}` }),
  /** The target page's file name in docs/regulasi/, without `.md`: `uu-21-2007`. */
  target: teks.regex(SLUG, { message: 'harus nama file halaman regulasi tanpa .md, mis. uu-21-2007' }),
  pasal: teks.optional(),
  catatan: teks.optional(),
});
export type Relasi = z.infer<typeof relasiSchema>;

/** Where the official text is; `diakses` is null when we know the address but have not opened it. */
export const sumberResmiSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/, error: 'harus alamat http(s) lengkap' }),
  diakses: tanggal.nullable(),
});

/** A review note saying the status itself was not checked ("status resmi belum dicek di JDIH"). */
const STATUS_BELUM_DICEK = /\bstatus(?:nya| resmi)? belum\b|\bbelum (?:di)?cek\b/i;

/**
 * A status is a claim: "berlaku", "dicabut" and the others only when someone checked it. A page
 * whose note says the status was not checked must say `tidak_diketahui`, which is also what
 * regulasi.json then exports.
 */
function statusSesuaiCatatan(fm: { status: string; catatan_status?: string | undefined }, ctx: z.RefinementCtx): void {
  if (fm.status !== 'tidak_diketahui' && fm.catatan_status && STATUS_BELUM_DICEK.test(fm.catatan_status)) {
    ctx.addIssue({
      code: 'custom',
      path: ['status'],
      message: `"${fm.status}" bertentangan dengan catatan_status, yang menyebut status belum dicek; tulis tidak_diketahui sampai status diperiksa`,
    });
  }
}

export const regulasiSchema = dasar
  .extend({
    jenis: z.enum(JENIS_REGULASI, { error: `harus salah satu dari: ${JENIS_REGULASI.join(', ')}` }),
    nomor: z.preprocess((v) => (typeof v === 'number' ? String(v) : v), teks),
    tahun: z.number({ error: 'harus tahun (angka)' }).int().min(1945).max(2100),
    /** Official title after "tentang"; null when no one has seen it (say so, never guess). */
    tentang: teks.nullable(),
    /** How the rule is cited, e.g. "Permen PPPA Nomor 8 Tahun 2021"; defaults from jenis/nomor/tahun. */
    sebutan: teks.optional(),
    pemrakarsa: teks.optional(),
    // Dates are optional because often nobody has seen them; the page then says "tidak diketahui".
    tanggal_penetapan: tanggal.optional(),
    tanggal_pengundangan: tanggal.optional(),
    tanggal_berlaku: tanggal.optional(),
    status: z.enum(STATUS_REGULASI, { error: `harus salah satu dari: ${STATUS_REGULASI.join(', ')}` }),
    /** A review note beside the status (e.g. a recommendation to revoke), never a status itself. */
    catatan_status: teks.optional(),
    relasi: z.array(relasiSchema, { error: 'harus daftar relasi {jenis, target, pasal, catatan}' }).optional(),
    /** null: no official copy found or opened; the page says where one can be requested. */
    sumber_resmi: z.array(sumberResmiSchema, { error: 'harus daftar {url, diakses} atau null' }).min(1).nullable(),
  })
  .superRefine(wajibCatatan)
  .superRefine(statusSesuaiCatatan);

const audiens = z.array(z.enum(AUDIENS, { error: `harus salah satu dari: ${AUDIENS.join(', ')}` })).min(1, { message: 'sebutkan untuk siapa halaman ini' });

export const sopSchema = dasar.extend({ audiens }).superRefine(wajibCatatan);

export const pelatihanSchema = dasar
  .extend({
    audiens,
    durasi_menit: z.number({ error: 'harus jumlah menit (angka)' }).int().positive(),
    capaian: z.array(teks).min(1, { message: 'tulis minimal satu capaian belajar' }),
  })
  .superRefine(wajibCatatan);

export const schemaPerJenis = {
  halaman: halamanSchema,
  regulasi: regulasiSchema,
  sop: sopSchema,
  pelatihan: pelatihanSchema,
  // The recruiter checker and list: general pages with their own kind (search facet, print).
  perekrut: halamanSchema,
} as const satisfies Record<JenisKonten, z.ZodType>;

export type FrontMatterHalaman = z.infer<typeof halamanSchema>;
export type FrontMatterRegulasi = z.infer<typeof regulasiSchema>;
export type FrontMatterSop = z.infer<typeof sopSchema>;
export type FrontMatterPelatihan = z.infer<typeof pelatihanSchema>;
export type FrontMatterKonten = FrontMatterHalaman | FrontMatterRegulasi | FrontMatterSop | FrontMatterPelatihan;
