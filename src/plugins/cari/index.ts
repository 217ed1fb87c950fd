/**
 * Builds the search index of each locale after the site is built, from the built HTML (exact
 * anchors, rendered components) plus one document per registry company. Writes the compact
 * index as `cari/indeks.<hash>.json` (cacheable forever) and `indeks-cari.json`, a tiny
 * manifest naming it, which the search box fetches on first use.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { LoadedContent } from '@docusaurus/plugin-content-docs';
import { jalurDoc, jenisKonten } from '../../lib/content/validate';
import { bagianHalaman } from '../../lib/search/html';
import { bangunIndeks, type DokumenCari, type JenisDokumen } from '../../lib/search/indeks';
import { bahasa, bangunRegistri, ringkasStatus } from '../../lib/perekrut';
import { muatFolderRegistri } from '../../lib/perekrut/muat-node';

export const MANIFEST = 'indeks-cari.json';

/**
 * The index being written, per output folder: postBuild steps run concurrently, and the offline
 * copy (src/plugins/terbit) lists the index files with their hashes, so it waits for this.
 */
export const indeksSelesai = new Map<string, Promise<ManifestCari>>();

export interface ManifestCari {
  /** The compact index, loaded on first use of search. */
  berkas: string;
  /** Section snippets, loaded once results are shown. */
  cuplikan: string;
  dokumen: number;
}

interface InfoHalaman {
  tautan: string;
  jenis: JenisDokumen;
  wilayah: string[];
  regulasi?: DokumenCari['regulasi'];
}

async function tulis(path: string, isi: string): Promise<void> {
  await writeFile(`${path}.tmp`, isi);
  await rename(`${path}.tmp`, path);
}

export default function pluginCari(context: LoadContext): Plugin {
  let halaman: InfoHalaman[] = [];
  return {
    name: 'cari',
    async allContentLoaded({ allContent }) {
      const docs = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
      halaman = (docs?.loadedVersions ?? []).flatMap((v) =>
        v.docs.map((d) => {
          const fm = d.frontMatter as { wilayah?: string[]; jenis?: string; tahun?: number; status?: string };
          const jenis = jenisKonten(jalurDoc(d.source) ?? '');
          return {
            tautan: d.permalink,
            jenis: jenis === 'halaman' && d.permalink.includes('/perekrut') ? 'perekrut' : jenis,
            wilayah: fm.wilayah ?? [],
            ...(jenis === 'regulasi' && fm.jenis && fm.tahun && fm.status ? { regulasi: { jenis: fm.jenis, tahun: fm.tahun, status: fm.status } } : {}),
          };
        }),
      );
    },
    postBuild({ outDir }) {
      const kerja = bangun(outDir);
      indeksSelesai.set(outDir, kerja);
      return kerja.then(() => undefined);
    },
  };

  async function bangun(outDir: string): Promise<ManifestCari> {
    const { baseUrl } = context;
    const dokumen: DokumenCari[] = [];
    for (const h of halaman) {
      // Folder index pages have a trailing slash in their permalink but are written as <folder>.html.
      const rel = h.tautan.slice(baseUrl.length).replace(/\/$/, '');
      const tautan = `${baseUrl}${rel}`;
      const file = [join(outDir, `${rel}.html`), join(outDir, rel, 'index.html')].find((f) => existsSync(f));
      if (!file) throw new Error(`Halaman ${h.tautan} tidak ditemukan di ${outDir} untuk indeks pencarian`);
      const { judul, bagian } = bagianHalaman(await readFile(file, 'utf8'));
      for (const b of bagian) {
        dokumen.push({
          url: b.id ? `${tautan}#${b.id}` : tautan,
          judul,
          bagian: b.judul,
          teks: b.teks,
          jenis: h.jenis,
          wilayah: h.wilayah,
          ...(h.regulasi ? { regulasi: h.regulasi } : {}),
        });
      }
    }
    const registri = bangunRegistri(muatFolderRegistri(join(context.siteDir, 'data', 'perekrut')), new Date().toISOString().slice(0, 10));
    for (const e of registri.entitas) {
      dokumen.push({
        url: `${baseUrl}perekrut/daftar#p-${e.id}`,
        judul: e.nama,
        bagian: '',
        teks: [
          `Status: ${ringkasStatus(e, bahasa(context.i18n.currentLocale))}.`,
          e.ejaan.length ? `Ejaan lain: ${e.ejaan.join(', ')}.` : '',
          e.kantor
            .map((k) => [k.kabupaten_kota, k.provinsi].filter(Boolean).join(', '))
            .filter(Boolean)
            .join('; '),
          `Sumber: ${e.dasar.sumber}.`,
        ].join(' '),
        jenis: 'perekrut',
        wilayah: ['nasional'],
      });
    }
    const { ringkas, cuplikan } = bangunIndeks(dokumen);
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
}
