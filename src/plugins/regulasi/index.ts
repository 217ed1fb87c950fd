/**
 * Builds the regulation catalogue from the regulation pages' front matter (src/lib/regulasi):
 * relations in both directions, written as a data module (`@generated/regulasi/default/
 * katalog.json`) for the metadata block, the index table and the relation diagram, so only
 * the pages that show them download it (global data would weigh on every page); and, after the
 * build, `regulasi.json` in the JDIHN shape.
 * A relation to a missing page or a contradicting status throws, which fails the build.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { LoadedContent } from '@docusaurus/plugin-content-docs';
import { docPath, jenisKonten } from '../../lib/content/validate';
import type { FrontMatterRegulasi } from '../../lib/content/schema';
import { alamatTetap } from '../terbit';
import { buildKatalog, relasiDiagram, toJdihn, type KatalogEntry } from '../../lib/regulasi';
import { findWilayah } from '../../lib/wilayah';

export const FILE_JSON = 'regulasi.json';

export interface DataRegulasi {
  katalog: KatalogEntry[];
  diagram: string;
}

export default function pluginRegulasi(context: LoadContext): Plugin {
  let katalog: KatalogEntry[] = [];
  return {
    name: 'regulasi',
    async allContentLoaded({ allContent, actions }) {
      const docs = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
      const masukan = (docs?.loadedVersions ?? []).flatMap((versi) =>
        versi.docs
          .map((doc) => ({ doc, jalur: docPath(doc.source) ?? '' }))
          .filter(({ jalur }) => jenisKonten(jalur) === 'regulasi')
          .map(({ doc, jalur }) => ({
            slug: jalur.replace(/^regulasi\//, '').replace(/\.mdx?$/, ''),
            tautan: doc.permalink,
            file: `docs/${jalur}`,
            fm: doc.frontMatter as unknown as FrontMatterRegulasi,
          })),
      );
      katalog = buildKatalog(masukan, (id) => findWilayah(id)?.nama ?? id);
      await actions.createData('katalog.json', JSON.stringify({ katalog, diagram: relasiDiagram(katalog) } satisfies DataRegulasi));
    },
    async postBuild({ outDir }) {
      const json = `${JSON.stringify(toJdihn(katalog, alamatTetap(context) ? context.siteConfig.url : ''), null, 2)}\n`;
      const tujuan = join(outDir, FILE_JSON);
      await mkdir(outDir, { recursive: true });
      await writeFile(`${tujuan}.tmp`, json);
      await rename(`${tujuan}.tmp`, tujuan);
    },
  };
}
