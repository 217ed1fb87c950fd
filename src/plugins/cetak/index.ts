/**
 * Print footer for every doc page: its address, review date and a QR code of the address,
 * written into the built HTML (outside the React root, shown only on paper), so printing needs
 * no script and phones download no QR library for it.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import QRCode from 'qrcode';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { LoadedContent } from '@docusaurus/plugin-content-docs';
import { formatTanggal } from '../../lib/content/tanggal';

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
        const html = await readFile(file, 'utf8');
        if (!html.includes('class="cetak-kaki"')) await writeFile(file, html.replace('</body>', `${kaki}</body>`));
      }
    },
  };
}
