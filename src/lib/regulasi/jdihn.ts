/**
 * The catalogue in the shape of the national JDIHN feed (field names as emitted by BPHN's
 * ILDIS FeedController), so other legal-information systems can read our metadata.
 * Fields we do not have are left out rather than filled with guesses.
 */
import type { KatalogEntry } from './katalog';
import { LABEL_JENIS } from './kind';
import { LABEL_RELASI, LABEL_STATUS } from './katalog';

export interface EntriJdihn {
  idData: string;
  jenis: string;
  singkatanJenis: string;
  noPeraturan: string;
  judul: string;
  tahun_pengundangan: number;
  tanggal_penetapan: string | null;
  tanggal_pengundangan: string | null;
  tanggal_berlaku: string | null;
  teuBadan: string | null;
  status: string;
  catatanStatus: string | null;
  bahasa: 'Indonesia';
  urlDetailPeraturan: string;
  urlDownload: string | null;
  wilayah: string[];
  verifikasi: string;
  relasi: { jenis: string; label: string; target: string; pasal: string | null; catatan: string | null }[];
}

export function toJdihn(katalog: readonly KatalogEntry[], urlSitus: string): { dibuat: string; sumber: string; data: EntriJdihn[] } {
  const dasar = urlSitus.replace(/\/$/, '');
  return {
    dibuat: 'Pustaka TPPO (bukan JDIH resmi); metadata dari front matter halaman regulasi',
    sumber: `${dasar}/regulasi`,
    data: katalog.map((e) => ({
      idData: e.slug,
      jenis: LABEL_JENIS[e.jenis].lengkap,
      singkatanJenis: LABEL_JENIS[e.jenis].singkat,
      noPeraturan: e.nomor,
      judul: e.tentang ? `${e.sebutan} tentang ${e.tentang}` : e.sebutan,
      tahun_pengundangan: e.tahun,
      tanggal_penetapan: e.tanggal_penetapan ?? null,
      tanggal_pengundangan: e.tanggal_pengundangan ?? null,
      tanggal_berlaku: e.tanggal_berlaku ?? null,
      teuBadan: e.pemrakarsa ?? null,
      status: LABEL_STATUS[e.status].id,
      catatanStatus: e.catatan_status ?? null,
      bahasa: 'Indonesia',
      urlDetailPeraturan: `${dasar}${e.tautan}`,
      urlDownload: e.sumber_resmi?.[0]?.url ?? null,
      wilayah: e.wilayah.map((w) => w.id),
      verifikasi: e.verifikasi,
      relasi: e.relasi
        .filter((r) => r.arah === 'keluar')
        .map((r) => ({ jenis: r.jenis, label: LABEL_RELASI[r.jenis].keluar.id, target: r.slug, pasal: r.pasal ?? null, catatan: r.catatan ?? null })),
    })),
  };
}

/** A Mermaid flowchart of every relation, drawn from the acting rule to its target. */
export function relasiDiagram(katalog: readonly KatalogEntry[]): string {
  const id = (slug: string): string => slug.replace(/-/g, '_');
  const baris = ['flowchart TD'];
  const dipakai = new Set<string>();
  for (const e of katalog) {
    for (const r of e.relasi.filter((x) => x.arah === 'keluar')) {
      dipakai.add(e.slug);
      dipakai.add(r.slug);
      baris.push(`  ${id(e.slug)} -- "${LABEL_RELASI[r.jenis].keluar.id}${r.pasal ? ` ${r.pasal}` : ''}" --> ${id(r.slug)}`);
    }
  }
  for (const e of katalog.filter((x) => dipakai.has(x.slug))) {
    baris.splice(1, 0, `  ${id(e.slug)}["${e.sebutan.replace(/"/g, "'")}"]`);
  }
  return baris.join('\n');
}
