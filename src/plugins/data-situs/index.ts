/**
 * Checks every data file the pages render (src/lib/data) when the site builds; a malformed
 * entry fails the build naming its file and field. The pages import the JSON directly.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { FILE_DATA, periksaData } from '../../lib/data';

export default function pluginDataSitus(context: LoadContext): Plugin {
  const files = Object.keys(FILE_DATA);
  return {
    name: 'data-situs',
    getPathsToWatch: () => files.map((f) => join(context.siteDir, f)),
    async loadContent() {
      const masalah = files.flatMap((f) => periksaData(f, existsSync(join(context.siteDir, f)) ? readFileSync(join(context.siteDir, f), 'utf8') : undefined));
      if (masalah.length > 0) throw new Error(`Data tidak sah:\n${masalah.map((m) => `  - ${m}`).join('\n')}`);
    },
  };
}
