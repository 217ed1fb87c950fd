/**
 * Builds the regulation catalogue from the regulation pages' front matter (src/lib/regulasi):
 * relations in both directions, written as a data module (`@generated/regulasi/default/
 * katalog.json`) for the metadata block, the index table and the relation diagram, so only
 * the pages that show them download it (global data would weigh on every page); and, after the
 * build, `regulasi.json` in the JDIHN shape, with its licence (also published, in the open-data
 * envelope, as `/data/regulasi.json` by src/plugins/data-terbuka).
 * A relation to a missing page or a contradicting status throws, which fails the build.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AllContent, LoadContext, Plugin } from '@docusaurus/types';
import type { LoadedContent } from '@docusaurus/plugin-content-docs';
import { docPath, jenisKonten } from '../../lib/content/validate';
import type { FrontMatterRegulasi } from '../../lib/content/schema';
import { CC_BY_4 } from '../../lib/data/terbuka';
import { alamatTetap } from '../terbit';
import { buildKatalog, relasiDiagram, toJdihn, type KatalogEntry, type KatalogInput } from '../../lib/regulasi';
import { findWilayah } from '../../lib/wilayah';

export const FILE_JSON = 'regulasi.json';

export interface DataRegulasi {
  katalog: KatalogEntry[];
  diagram: string;
}

/** The regulation pages among the loaded docs, as the catalogue reads them. */
export function regulationPages(allContent: AllContent): KatalogInput[] {
  const docs = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
  return (docs?.loadedVersions ?? []).flatMap((versi) =>
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
}

export const katalogOf = (pages: readonly KatalogInput[]): KatalogEntry[] => buildKatalog(pages, (id) => findWilayah(id)?.nama ?? id);

/**
 * `regulasi.json`: the JDIHN shape with its licence. Addresses are absolute only with a fixed
 * public address, and every one carries the locale's baseUrl: the entries' through the pages'
 * permalinks, the catalogue page's (`sumber`, which toJdihn writes from the site URL alone) here.
 */
export function jdihnFile(katalog: readonly KatalogEntry[], context: LoadContext): ReturnType<typeof toJdihn> & { lisensi: string } {
  const situs = alamatTetap(context) ? context.siteConfig.url.replace(/\/$/, '') : '';
  const { dibuat, data } = toJdihn(katalog, situs);
  return { dibuat, sumber: `${situs}${context.baseUrl}regulasi`, lisensi: CC_BY_4.nama, data };
}

export default function pluginRegulasi(context: LoadContext): Plugin {
  let katalog: KatalogEntry[] = [];
  return {
    name: 'regulasi',
    async allContentLoaded({ allContent, actions }) {
      katalog = katalogOf(regulationPages(allContent));
      await actions.createData('katalog.json', JSON.stringify({ katalog, diagram: relasiDiagram(katalog) } satisfies DataRegulasi));
    },
    async postBuild({ outDir }) {
      const json = `${JSON.stringify(jdihnFile(katalog, context), null, 2)}\n`;
      const tujuan = join(outDir, FILE_JSON);
      await mkdir(outDir, { recursive: true });
      await writeFile(`${tujuan}.tmp`, json);
      await rename(`${tujuan}.tmp`, tujuan);
    },
  };
}
