/**
 * Finishes the built HTML of a locale, in one pass (plugins' postBuild steps run concurrently,
 * so two plugins rewriting the same files would race):
 * - a print footer on every doc page: its address, review date and a QR code of the address,
 *   outside the React root and shown only on paper, so printing needs no script;
 * - the Content-Security-Policy on every page (src/lib/web/csp).
 * Files are replaced atomically, so the search indexer reading them meanwhile never sees half.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import QRCode from 'qrcode';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { LoadedContent } from '@docusaurus/plugin-content-docs';
import { formatTanggal } from '../../lib/content/tanggal';
import { pasangCsp } from '../../lib/web/csp';

async function ganti(file: string, isi: string): Promise<void> {
  await writeFile(`${file}.tmp`, isi);
  await rename(`${file}.tmp`, file);
}

function escape(t: string): string {
  return t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export default function pluginCetak(context: LoadContext): Plugin {
  let halaman: { tautan: string; diperbarui?: string }[] = [];
  return {
    name: 'cetak',
    async allContentLoaded({ allContent }) {
      const docs = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
      halaman = (docs?.loadedVersions ?? []).flatMap((v) =>
        v.docs.map((d) => ({ tautan: d.permalink, diperbarui: (d.frontMatter as { diperbarui?: string }).diperbarui })),
      );
    },
    async postBuild({ outDir }) {
      const { baseUrl, siteConfig, i18n } = context;
      const locale = i18n.currentLocale;
      const label = locale === 'en' ? { alamat: 'Address', diperiksa: 'Last checked' } : { alamat: 'Alamat', diperiksa: 'Terakhir diperiksa' };
      const kakiPerFile = new Map<string, string>();
      for (const h of halaman) {
        const rel = h.tautan.slice(baseUrl.length).replace(/\/$/, '');
        const file = [join(outDir, `${rel}.html`), join(outDir, rel, 'index.html')].find((f) => existsSync(f));
        if (!file) continue;
        const url = `${siteConfig.url.replace(/\/$/, '')}${baseUrl}${rel}`;
        const qr = await QRCode.toString(url, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
        const kaki =
          `<div class="cetak-kaki" aria-hidden="true"><div class="cetak-kaki-qr">${qr}</div><div>` +
          `<p>${label.alamat}: ${escape(url)}</p>` +
          (h.diperbarui ? `<p>${label.diperiksa}: ${escape(formatTanggal(h.diperbarui, locale))}</p>` : '') +
          `<p>Pustaka TPPO</p></div></div>`;
        kakiPerFile.set(file, kaki);
      }
      // Other locales live in sub-folders of the default locale's output; they do their own.
      const lain = new Set(i18n.locales.filter((l) => l !== locale));
      const jalan = async (dir: string, atas: boolean): Promise<void> => {
        for (const e of await readdir(dir, { withFileTypes: true })) {
          const p = join(dir, e.name);
          if (e.isDirectory()) {
            if (!(atas && (lain.has(e.name) || e.name === 'assets'))) await jalan(p, false);
            continue;
          }
          if (!e.name.endsWith('.html')) continue;
          let html = await readFile(p, 'utf8');
          const kaki = kakiPerFile.get(p);
          if (kaki && !html.includes('class="cetak-kaki"')) html = html.replace('</body>', `${kaki}</body>`);
          await ganti(p, pasangCsp(html, p));
        }
      };
      await jalan(outDir, true);
    },
  };
}
