/**
 * Reads the recruiter registry snapshots in data/perekrut/ when the site builds. A bad row
 * fails the build with its file and line. The rows go to the checker pages as a generated
 * module (`@generated/perekrut/default/registri.json`), loaded only by the pages that use it;
 * browsers build the index themselves with the same code as the command line.
 *
 * Each snapshot is also published as open data, byte for byte, at `/data/perekrut/<id>.csv` with
 * its provenance `<id>.json` (in every locale's folder, so the pages' links work under /en too).
 */
import { copyFile, mkdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { loadRegistriFolder } from '../../lib/perekrut/load-node';
import type { Snapshot } from '../../lib/perekrut';

export default function pluginPerekrut(context: LoadContext): Plugin {
  const folder = join(context.siteDir, 'data', 'perekrut');
  return {
    name: 'perekrut',
    getPathsToWatch: () => [join(folder, '*.csv'), join(folder, '*.json')],
    async loadContent() {
      return loadRegistriFolder(folder);
    },
    async contentLoaded({ content, actions }) {
      await actions.createData('registri.json', JSON.stringify({ snapshot: content as Snapshot[] }));
    },
    async postBuild({ outDir, content }) {
      const tujuan = join(outDir, 'data', 'perekrut');
      await mkdir(tujuan, { recursive: true });
      for (const s of content as Snapshot[]) {
        for (const ext of ['csv', 'json']) {
          const berkas = join(tujuan, `${s.provenans.id}.${ext}`);
          await copyFile(join(folder, `${s.provenans.id}.${ext}`), `${berkas}.tmp`);
          await rename(`${berkas}.tmp`, berkas);
        }
      }
    },
  };
}
