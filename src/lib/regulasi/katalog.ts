/**
 * The regulation catalogue: every regulation page's metadata with its relations in both
 * directions. A relation is written once, on the acting rule's page; the reverse ("diubah
 * dengan", "dicabut dengan", "dilaksanakan oleh") is computed here. A relation to a page that
 * does not exist, or a status that contradicts a relation, is an error that fails the build.
 */
import type { FrontMatterRegulasi, JenisRelasi, StatusRegulasi } from '../content/schema';
import { sebutanRegulasi } from './sebutan';
import type { Teks } from '../content/bahasa';

export interface KatalogInput {
  /** File name in docs/regulasi/ without extension: `uu-21-2007`. */
  slug: string;
  tautan: string;
  /** The source file, for error messages. */
  file: string;
  fm: FrontMatterRegulasi;
}

export interface DisplayedRelasi {
  jenis: JenisRelasi;
  arah: 'keluar' | 'masuk';
  slug: string;
  sebutan: string;
  tautan: string;
  pasal?: string;
  catatan?: string;
}

export interface KatalogEntry {
  slug: string;
  tautan: string;
  sebutan: string;
  judul: string;
  jenis: FrontMatterRegulasi['jenis'];
  nomor: string;
  tahun: number;
  tentang: string | null;
  pemrakarsa?: string;
  tanggal_penetapan?: string;
  tanggal_pengundangan?: string;
  tanggal_berlaku?: string;
  status: StatusRegulasi;
  catatan_status?: string;
  wilayah: { id: string; nama: string }[];
  verifikasi: FrontMatterRegulasi['verifikasi'];
  sumber_resmi: FrontMatterRegulasi['sumber_resmi'];
  relasi: DisplayedRelasi[];
}

export class InvalidKatalog extends Error {
  constructor(readonly masalah: string[]) {
    super(`Relasi regulasi tidak sah:\n${masalah.map((m) => `  - ${m}`).join('\n')}`);
    this.name = 'InvalidKatalog';
  }
}

/** Statuses a target may have once another rule amends or revokes it. */
const STATUS_SETELAH: Partial<Record<JenisRelasi, readonly StatusRegulasi[]>> = {
  cabut: ['dicabut'],
  cabut_sebagian: ['dicabut_sebagian', 'dicabut'],
  ubah: ['diubah', 'dicabut_sebagian', 'dicabut'],
};

function tanpaKosong<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** `namaWilayah` resolves region ids to names at build time, so browsers need no region table. */
export function buildKatalog(masukan: readonly KatalogInput[], namaWilayah: (id: string) => string = (id) => id): KatalogEntry[] {
  const bySlug = new Map(masukan.map((m) => [m.slug, m]));
  const masalah: string[] = [];
  const relasi = new Map<string, DisplayedRelasi[]>(masukan.map((m) => [m.slug, []]));

  for (const m of masukan) {
    for (const r of m.fm.relasi ?? []) {
      const target = bySlug.get(r.target);
      if (!target) {
        masalah.push(`${m.file}: relasi "${r.jenis}" menunjuk "${r.target}", tetapi tidak ada halaman docs/regulasi/${r.target}.md`);
        continue;
      }
      if (r.target === m.slug) {
        masalah.push(`${m.file}: relasi "${r.jenis}" menunjuk dirinya sendiri`);
        continue;
      }
      const boleh = STATUS_SETELAH[r.jenis];
      if (boleh && !boleh.includes(target.fm.status)) {
        masalah.push(`${target.file}: status "${target.fm.status}" bertentangan dengan relasi "${r.jenis}" dari ${m.file}; harus salah satu dari: ${boleh.join(', ')}`);
      }
      const sama = { jenis: r.jenis, pasal: r.pasal, catatan: r.catatan };
      relasi.get(m.slug)?.push(tanpaKosong({ ...sama, arah: 'keluar', slug: target.slug, sebutan: sebutanRegulasi(target.fm), tautan: target.tautan }));
      relasi.get(target.slug)?.push(tanpaKosong({ ...sama, arah: 'masuk', slug: m.slug, sebutan: sebutanRegulasi(m.fm), tautan: m.tautan }));
    }
  }
  if (masalah.length > 0) throw new InvalidKatalog(masalah);

  return masukan
    .map((m) =>
      tanpaKosong<KatalogEntry>({
        slug: m.slug,
        tautan: m.tautan,
        sebutan: sebutanRegulasi(m.fm),
        judul: m.fm.title,
        jenis: m.fm.jenis,
        nomor: m.fm.nomor,
        tahun: m.fm.tahun,
        tentang: m.fm.tentang,
        pemrakarsa: m.fm.pemrakarsa,
        tanggal_penetapan: m.fm.tanggal_penetapan,
        tanggal_pengundangan: m.fm.tanggal_pengundangan,
        tanggal_berlaku: m.fm.tanggal_berlaku,
        status: m.fm.status,
        catatan_status: m.fm.catatan_status,
        wilayah: m.fm.wilayah.map((id) => ({ id, nama: namaWilayah(id) })),
        verifikasi: m.fm.verifikasi,
        sumber_resmi: m.fm.sumber_resmi,
        relasi: relasi.get(m.slug) ?? [],
      }),
    )
    .sort((a, b) => b.tahun - a.tahun || a.sebutan.localeCompare(b.sebutan));
}

/**
 * How each relation reads, from the acting rule and from the rule acted upon, and how each
 * status reads: one table for the pages (both languages), `regulasi.json` and the relation
 * drawing (Indonesian).
 */
export const LABEL_RELASI: Record<JenisRelasi, { keluar: Teks; masuk: Teks }> = {
  ubah: { keluar: { id: 'mengubah', en: 'amends' }, masuk: { id: 'diubah dengan', en: 'amended by' } },
  cabut: { keluar: { id: 'mencabut', en: 'revokes' }, masuk: { id: 'dicabut dengan', en: 'revoked by' } },
  cabut_sebagian: { keluar: { id: 'mencabut sebagian', en: 'partly revokes' }, masuk: { id: 'dicabut sebagian dengan', en: 'partly revoked by' } },
  dasar_hukum: { keluar: { id: 'berdasar pada', en: 'based on' }, masuk: { id: 'menjadi dasar hukum bagi', en: 'legal basis for' } },
  melaksanakan: { keluar: { id: 'melaksanakan', en: 'implements' }, masuk: { id: 'dilaksanakan oleh', en: 'implemented by' } },
};

export const LABEL_STATUS: Record<StatusRegulasi, Teks> = {
  berlaku: { id: 'Berlaku', en: 'In force' },
  diubah: { id: 'Berlaku, telah diubah', en: 'In force, amended' },
  dicabut: { id: 'Dicabut', en: 'Revoked' },
  dicabut_sebagian: { id: 'Berlaku, sebagian dicabut', en: 'In force, partly revoked' },
  tidak_diketahui: { id: 'Status tidak diketahui', en: 'Status unknown' },
};

export interface KatalogFilter {
  jenis?: string | undefined;
  tahun?: string | undefined;
  status?: string | undefined;
  wilayah?: string | undefined;
}

/** The entries matching every filter that is set. */
export function filterKatalog(katalog: readonly KatalogEntry[], f: KatalogFilter): KatalogEntry[] {
  return katalog.filter(
    (e) =>
      (!f.jenis || e.jenis === f.jenis) &&
      (!f.tahun || String(e.tahun) === f.tahun) &&
      (!f.status || e.status === f.status) &&
      (!f.wilayah || e.wilayah.some((w) => w.id === f.wilayah)),
  );
}
