/**
 * The search index of a locale, from the pages the finishing step has read (exact anchors,
 * rendered components), one document per contact card (/kontak#id) and one per registry
 * company. Written as the files of src/lib/search/compact-index in `cari/<content hash>/`
 * (immutable: cacheable forever) and `indeks-cari.json`, a tiny manifest naming that folder,
 * which the search box fetches on first use.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Halaman } from '../../lib/content/halaman';
import type { Root } from '../../lib/web/html';
import { halamanSections } from '../../lib/search/sections';
import { isEvidenceNote } from '../../lib/content/evidence-notes';
import { buildIndex, contentHash, type IndexManifest, type SearchDocument } from '../../lib/search/compact-index';
import { DATA_KONTAK } from '../../lib/kontak/data';
import { KATA_LAYANAN } from '../../lib/kontak/saluran';
import { findWilayah } from '../../lib/wilayah';
import { bahasa, buildRegistri, statusSummary } from '../../lib/perekrut';
import { loadRegistriFolder } from '../../lib/perekrut/load-node';

export const MANIFEST = 'indeks-cari.json';

export type ManifestCari = IndexManifest & {
  /** Every file of the index folder, relative to the site root (for the offline copy). */
  berkas: string[];
};

/** Words people type when they want a number, per locale; every contact document carries them. */
const KATA_KONTAK: Record<string, string> = {
  id: 'Nomor telepon, hotline, call center, WhatsApp, kontak pengaduan.',
  en: 'Phone number, hotline, helpline, call centre, WhatsApp, contact to report.',
};
/** One search document per contact card of data/kontak.json, linking to its card on /kontak. */
export function dokumenKontak(baseUrl: string, locale: string): SearchDocument[] {
  return DATA_KONTAK.kontak.map((k) => ({
    url: `${baseUrl}kontak#${k.id}`,
    judul: k.nama,
    bagian: '',
    teks: [
      k.untuk,
      k.melayani.map((m) => KATA_LAYANAN[bahasa(locale)][m]).join(', '),
      k.wilayah.map((w) => findWilayah(w)?.nama ?? w).join(', '),
      [...k.telepon, ...k.whatsapp].map((n) => n.tampil).join(', '),
      KATA_KONTAK[locale] ?? KATA_KONTAK.id,
    ].join(' '),
    jenis: 'kontak',
    wilayah: k.wilayah,
  }));
}

/** One search document per section of a built docs page; `dicabut` tells which sections hold revoked law. */
export function dokumenHalaman(h: Halaman, pohon: Root, baseUrl: string, dicabut: (pageId: string, anchor: string) => boolean = () => false): SearchDocument[] {
  const fm = h.frontMatter as { wilayah?: string[]; jenis?: string; tahun?: number; status?: string };
  const regulasi = h.jenis === 'regulasi' && fm.jenis && fm.tahun && fm.status ? { regulasi: { jenis: fm.jenis, tahun: fm.tahun, status: fm.status } } : {};
  // Folder index pages have a trailing slash in their permalink; their sections are linked without.
  const tautan = `${baseUrl}${h.url.slice(baseUrl.length).replace(/\/$/, '')}`;
  const { judul, bagian } = halamanSections(pohon);
  return bagian.map((b) => ({
    url: b.id ? `${tautan}#${b.id}` : tautan,
    judul,
    bagian: b.judul,
    teks: b.teks,
    jenis: h.jenis,
    wilayah: fm.wilayah ?? [],
    ...regulasi,
    ...(dicabut(h.id, b.id) ? { dicabut: true } : {}),
    ...(isEvidenceNote(b.id) ? { catatanBukti: true } : {}),
  }));
}

/** One search document per company of the registry, linking to its row in the list. */
export function dokumenRegistri(siteDir: string, baseUrl: string, locale: string): SearchDocument[] {
  const registri = buildRegistri(loadRegistriFolder(join(siteDir, 'data', 'perekrut')), new Date().toISOString().slice(0, 10));
  return registri.entitas.map((e) => ({
    url: `${baseUrl}perekrut/daftar#p-${e.id}`,
    judul: e.nama,
    bagian: '',
    teks: [
      `Status: ${statusSummary(e, bahasa(locale))}.`,
      e.ejaan.length ? `Ejaan lain: ${e.ejaan.join(', ')}.` : '',
      e.kantor
        .map((k) => [k.kabupaten_kota, k.provinsi].filter(Boolean).join(', '))
        .filter(Boolean)
        .join('; '),
      `Sumber: ${e.dasar.sumber}.`,
    ].join(' '),
    jenis: 'perekrut',
    wilayah: ['nasional'],
    registri: true,
  }));
}

/** Writes the index files and the manifest with `tulis` (atomic); returns the manifest. */
export async function tulisIndeks(outDir: string, dokumen: SearchDocument[], tulis: (file: string, isi: string) => Promise<void>, locale = 'id'): Promise<ManifestCari> {
  const { files } = buildIndex(dokumen, bahasa(locale));
  const nama = [...files.keys()].sort();
  const dasar = `cari/${contentHash(nama.flatMap((f) => [f, files.get(f) as string]))}/`;
  await mkdir(join(outDir, dasar), { recursive: true });
  for (const f of nama) await tulis(join(outDir, dasar, f), files.get(f) as string);
  const manifest: IndexManifest = { versi: 4, dasar, dokumen: dokumen.length };
  await tulis(join(outDir, MANIFEST), JSON.stringify(manifest));
  return { ...manifest, berkas: nama.map((f) => `${dasar}${f}`) };
}
