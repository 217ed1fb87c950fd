/**
 * Checks every data file the pages render (src/lib/data) when the site builds; a malformed
 * entry fails the build naming its file and field. The pages import the JSON directly, except
 * the emergency line that every SOP page shows first: that one contact goes to global data, so
 * the doc page's code does not carry the whole contact file. Also in global data: the English
 * pages whose Indonesian page changed after the revision they translate (usually none), so that
 * such a page says it may be out of date; read fresh on every build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { FILE_DATA, periksaData } from '../../lib/data';
import type { DataKontak, Kontak } from '../../lib/kontak';
import { isStale, translations } from '../../lib/content/translation';

export interface DataSitusGlobal {
  darurat: Pick<Kontak, 'id' | 'nama' | 'telepon'> | null;
  /** Stale translations: English file (`i18n/en/…`) → the date its Indonesian page was updated. */
  terjemahanUsang: Record<string, string>;
}

export default function pluginDataSitus(context: LoadContext): Plugin {
  const files = Object.keys(FILE_DATA);
  return {
    name: 'data-situs',
    getPathsToWatch: () => [...files.map((f) => join(context.siteDir, f)), join(context.siteDir, 'docs/**/*.{md,mdx}')],
    async loadContent() {
      const masalah = files.flatMap((f) => periksaData(f, existsSync(join(context.siteDir, f)) ? readFileSync(join(context.siteDir, f), 'utf8') : undefined));
      if (masalah.length > 0) throw new Error(`Data tidak sah:\n${masalah.map((m) => `  - ${m}`).join('\n')}`);
      const { kontak } = JSON.parse(readFileSync(join(context.siteDir, 'data', 'kontak.json'), 'utf8')) as DataKontak;
      const k = kontak.find((x) => x.melayani.includes('darurat') && x.telepon.length > 0);
      const usang = translations(context.siteDir).filter(isStale);
      return {
        darurat: k ? { id: k.id, nama: k.nama, telepon: k.telepon } : null,
        terjemahanUsang: Object.fromEntries(usang.map((t) => [t.file, t.diperbarui])),
      } satisfies DataSitusGlobal;
    },
    async contentLoaded({ content, actions }) {
      actions.setGlobalData(content);
    },
  };
}
