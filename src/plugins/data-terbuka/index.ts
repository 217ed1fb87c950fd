/**
 * Publishes the open data (src/lib/data/terbuka) after the build: each dataset as one envelope
 * `/data/<id>.json` with its JSON Schema `/data/<id>.schema.json`, the schemas of the files other
 * plugins publish (`/regulasi.json`, the recruiter snapshots' provenance), and `/data/indeks.json`
 * listing every dataset with its addresses, licence and provenance.
 * Every locale's build gets the same files in its own folder (build/ and build/en/), as the
 * recruiter snapshots do, so that links made with baseUrl work on the English pages too; only
 * the addresses inside (the index, `$id`, the regulation pages' permalinks) differ by baseUrl.
 * Data that fails its schema, or a snapshot without a licence, fails the build.
 */
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import {
  DATA_TERBUKA,
  FILE_INDEKS,
  FOLDER_DATA,
  PEREKRUT,
  alamatData,
  buildAmplop,
  buildIndeks,
  skemaDataset,
  skemaJdihn,
  skemaProvenans,
  type Amplop,
  type ProvenansTerbuka,
} from '../../lib/data/terbuka';
import { FILE_JSON as FILE_JDIHN, jdihnFile, katalogOf, regulationPages } from '../regulasi';
import { alamatTetap } from '../terbit';

const json = (isi: unknown): string => `${JSON.stringify(isi, null, 2)}\n`;

async function tulis(file: string, isi: string): Promise<void> {
  await writeFile(`${file}.tmp`, isi);
  await rename(`${file}.tmp`, file);
}

export default function pluginDataTerbuka(context: LoadContext): Plugin {
  const folderPerekrut = join(context.siteDir, PEREKRUT.folder);
  let regulasi: { data: unknown; diperbarui: string | null } | undefined;

  /** Each snapshot's provenance, as the recruiter plugin publishes it beside its CSV. */
  async function provenansSnapshot(): Promise<ProvenansTerbuka[]> {
    const csv = (await readdir(folderPerekrut)).filter((f) => f.endsWith('.csv')).sort();
    return Promise.all(
      csv.map(async (f) => {
        const id = f.replace(/\.csv$/, '');
        const hasil = PEREKRUT.schema.safeParse(JSON.parse(await readFile(join(folderPerekrut, `${id}.json`), 'utf8')));
        if (!hasil.success) throw new Error(`data terbuka: ${PEREKRUT.folder}/${id}.json: ${hasil.error.issues.map((i) => i.message).join('; ')}`);
        return { ...hasil.data, id };
      }),
    );
  }

  return {
    name: 'data-terbuka',
    async allContentLoaded({ allContent }) {
      const pages = regulationPages(allContent);
      regulasi = {
        data: jdihnFile(katalogOf(pages), context).data,
        diperbarui:
          pages
            .map((p) => String(p.fm.diperbarui))
            .sort()
            .at(-1) ?? null,
      };
    },
    async postBuild({ outDir }) {
      if (!regulasi) throw new Error('data terbuka: katalog regulasi tidak dimuat (allContentLoaded tidak dipanggil?)');
      // Addresses inside the files: absolute only with a fixed public address, always with baseUrl.
      const awalan = `${alamatTetap(context) ? context.siteConfig.url.replace(/\/$/, '') : ''}${context.baseUrl}`;
      const mutlak = alamatTetap(context) ? awalan : undefined;
      await mkdir(join(outDir, PEREKRUT.folder), { recursive: true });

      const amplop = new Map<string, Amplop>();
      for (const d of DATA_TERBUKA) {
        const a = d.berkas ? buildAmplop(d, JSON.parse(await readFile(join(context.siteDir, d.berkas), 'utf8'))) : buildAmplop(d, regulasi.data, regulasi.diperbarui);
        amplop.set(d.id, a);
        await tulis(join(outDir, FOLDER_DATA, `${d.id}.json`), json(a));
        await tulis(join(outDir, FOLDER_DATA, `${d.id}.schema.json`), json(skemaDataset(d, mutlak && alamatData(mutlak, `${d.id}.schema.json`))));
      }

      const fileSkemaJdihn = FILE_JDIHN.replace(/\.json$/, '.schema.json');
      await tulis(join(outDir, fileSkemaJdihn), json(skemaJdihn(mutlak && `${mutlak}${fileSkemaJdihn}`)));
      const fileSkemaProvenans = `perekrut/${PEREKRUT.fileSkemaProvenans}`;
      await tulis(join(outDir, FOLDER_DATA, fileSkemaProvenans), json(skemaProvenans(mutlak && alamatData(mutlak, fileSkemaProvenans))));

      await tulis(join(outDir, FOLDER_DATA, FILE_INDEKS), json(buildIndeks(awalan, amplop, await provenansSnapshot(), FILE_JDIHN)));
    },
  };
}
