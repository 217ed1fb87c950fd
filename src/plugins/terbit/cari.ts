/**
 * The search index of a locale, from the pages the finishing step has read (exact anchors,
 * rendered components) plus one document per registry company. Written as
 * `cari/indeks.<hash>.json` and `cari/cuplikan.<hash>.json` (cacheable forever) and
 * `indeks-cari.json`, a tiny manifest naming them, which the search box fetches on first use.
 */
import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Halaman } from '../../lib/content/halaman';
import type { Root } from '../../lib/web/html';
import { halamanSections } from '../../lib/search/sections';
import { buildIndex, type SearchDocument } from '../../lib/search/compact-index';
import { bahasa, buildRegistri, statusSummary } from '../../lib/perekrut';
import { loadRegistriFolder } from '../../lib/perekrut/load-node';

export const MANIFEST = 'indeks-cari.json';

export interface ManifestCari {
  /** The compact index, loaded on first use of search. */
  berkas: string;
  /** Section snippets, loaded once results are shown. */
  cuplikan: string;
  dokumen: number;
}

/** One search document per section of a built docs page. */
export function dokumenHalaman(h: Halaman, pohon: Root, baseUrl: string): SearchDocument[] {
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
  }));
}

/** Writes the index files and the manifest with `tulis` (atomic); returns the manifest. */
export async function tulisIndeks(outDir: string, dokumen: SearchDocument[], tulis: (file: string, isi: string) => Promise<void>): Promise<ManifestCari> {
  const { ringkas, cuplikan } = buildIndex(dokumen);
  await mkdir(join(outDir, 'cari'), { recursive: true });
  const simpan = async (nama: string, data: unknown): Promise<string> => {
    const json = JSON.stringify(data);
    const berkas = `cari/${nama}.${createHash('sha256').update(json).digest('hex').slice(0, 10)}.json`;
    await tulis(join(outDir, berkas), json);
    return berkas;
  };
  const manifest: ManifestCari = { berkas: await simpan('indeks', ringkas), cuplikan: await simpan('cuplikan', cuplikan), dokumen: dokumen.length };
  await tulis(join(outDir, MANIFEST), JSON.stringify(manifest));
  return manifest;
}
