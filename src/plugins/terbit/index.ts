/**
 * Finishes the built site of a locale. It is the one reader of the built HTML: each page is read
 * once, as one tree (src/lib/web/html), and written once, atomically. From that pass:
 * - the search index (./cari), from the sections of every docs page;
 * - `alamat-terbit.json`, every docs page's address and section anchors (src/lib/web/published-addresses);
 * - without a fixed public address (`SITE_URL` unset) it removes the tags that would carry a
 *   made-up one (canonical, hreflang alternates); with one, it puts the QR code of each doc
 *   page's address into the print footer (src/components/KakiCetak), so paper works without
 *   script;
 * - the Content-Security-Policy on every page (src/lib/web/csp);
 * - the offline copy: the offline page, and `sw.js` with this build's version and the list of
 *   files it keeps, each with its SHA-256 (src/lib/web/offline).
 * The list of docs pages (`Halaman`, src/lib/content/halaman) is made once, when the content is
 * loaded: it gives each page its kind (search facet) and whether it belongs to the offline copy.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import QRCode from 'qrcode';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { LoadedContent } from '@docusaurus/plugin-content-docs';
import { listHalaman, type Halaman } from '../../lib/content/halaman';
import type { SearchDocument } from '../../lib/search/compact-index';
import { revokedSections } from '../../lib/regulasi/revoked';
import { kebijakan, suntinganCsp } from '../../lib/web/csp';
import { attribute, parseHtml, position, selectOne, selectAll, applyEdits, textOf, type Root, type HtmlEdit } from '../../lib/web/html';
import { BERKAS_OFFLINE, HALAMAN_INTI_LAIN, PENGALIHAN, berkasBundel, halamanOffline, kunciHalaman, rujukanHtml, type CatatanPekerja } from '../../lib/web/offline';
import { atomFeed, FEED_FILE } from '../../lib/perubahan';
import { OG_FILE, ogImagePng } from '../../lib/web/og-image';
import { DATA_PERUBAHAN } from '../../lib/perubahan/data';
import { bahasa } from '../../lib/content/bahasa';
import { dokumenHalaman, dokumenKontak, dokumenRegistri, MANIFEST, tulisIndeks, type ManifestCari } from './cari';
import { ADDRESS_FILE, halamanAnchors } from '../../lib/web/published-addresses';
import { PerekamGrafik } from './grafik';

async function ganti(file: string, isi: string | Buffer): Promise<void> {
  await writeFile(`${file}.tmp`, isi);
  await rename(`${file}.tmp`, file);
}

const sha = (isi: string | Buffer): string => createHash('sha256').update(isi).digest('base64');

/** The address tags Docusaurus writes from `url`; removed when no real address is set. */
const TAG_ALAMAT = 'link[data-rh][rel=canonical], link[data-rh][rel=alternate], meta[data-rh][property="og:url"]';

/** The QR slot KakiCetak renders (empty): `data-qr` holds the address the code must carry. */
const SLOT_QR = 'div.cetak-kaki-qr[data-qr]';

/** The edits that finish one page: address tags, QR code, then its CSP (which hashes what stays). */
async function suntinganHalaman(pohon: Root, html: string, file: string, tetap: boolean): Promise<HtmlEdit[]> {
  const hasil: HtmlEdit[] = tetap ? [] : selectAll(pohon, TAG_ALAMAT).map((el) => ({ ...position(el), isi: '' }));
  const slot = selectOne(pohon, SLOT_QR);
  const alamat = slot && attribute(slot, 'data-qr');
  if (slot && alamat) {
    const tutup = position(slot).sampai - '</div>'.length;
    if (slot.children.length > 0 || html.slice(tutup, tutup + 6) !== '</div>') throw new Error(`${file}: tempat kode QR tidak kosong`);
    hasil.push({ dari: tutup, sampai: tutup, isi: await QRCode.toString(alamat, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' }) });
  }
  return [...hasil, ...suntinganCsp(pohon, html, file)];
}

export function alamatTetap(context: LoadContext): boolean {
  return context.siteConfig.customFields?.alamatTetap === true;
}

export default function pluginTerbit(context: LoadContext): Plugin {
  const perekam = new PerekamGrafik();
  let semuaHalaman: Halaman[] = [];
  return {
    name: 'terbit',
    configureWebpack(_config, isServer) {
      return isServer ? {} : { plugins: [perekam] };
    },
    async allContentLoaded({ allContent }) {
      const docs = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
      semuaHalaman = listHalaman((docs?.loadedVersions ?? []).flatMap((v) => v.docs));
    },
    async postBuild({ outDir }) {
      const tetap = alamatTetap(context);
      await tungguPengalihan(outDir);
      // Each docs page's built file, to find its record while walking the files.
      const perBerkas = new Map<string, Halaman>();
      for (const h of semuaHalaman) {
        const file = berkasHalaman(outDir, h.url);
        if (!file) throw new Error(`Halaman ${h.url} tidak ditemukan di ${outDir}`);
        perBerkas.set(file, h);
      }
      const dokumenPerHalaman = new Map<Halaman, SearchDocument[]>();
      const dicabut = revokedSections(semuaHalaman);
      const alamat: Record<string, string[]> = {};
      for (const p of (await berkasLokal(outDir)).filter((f) => f.endsWith('.html'))) {
        const html = await readFile(p, 'utf8');
        const pohon = parseHtml(html);
        const h = perBerkas.get(p);
        if (h) dokumenPerHalaman.set(h, dokumenHalaman(h, pohon, context.baseUrl, dicabut));
        const jangkar = p.endsWith('/404.html') ? undefined : halamanAnchors(pohon);
        if (jangkar)
          alamat[
            `${context.baseUrl}${relative(outDir, p)
              .replace(/\\/g, '/')
              .replace(/(\/index)?\.html$/, '')}`
          ] = jangkar;
        await ganti(p, applyEdits(html, await suntinganHalaman(pohon, html, p, tetap)));
      }
      // Documents in the docs' own order, then the registry's companies.
      const dokumen = [
        ...semuaHalaman.flatMap((h) => dokumenPerHalaman.get(h) ?? []),
        ...dokumenKontak(context.baseUrl, context.i18n.currentLocale),
        ...dokumenRegistri(context.siteDir, context.baseUrl, context.i18n.currentLocale),
      ];
      const manifest = await tulisIndeks(outDir, dokumen, ganti, context.i18n.currentLocale);
      const urut = Object.fromEntries(Object.entries(alamat).sort(([a], [b]) => a.localeCompare(b)));
      await ganti(join(outDir, ADDRESS_FILE), `${JSON.stringify(urut, null, 2)}\n`);
      // The picture a shared link shows (og:image, named in every page's head when the address is known).
      await mkdir(join(outDir, 'img'), { recursive: true });
      await ganti(join(outDir, OG_FILE), ogImagePng());
      // The record of changes as an Atom feed, in this locale's language (src/lib/perubahan).
      const b = bahasa(context.i18n.currentLocale);
      const akar = tetap ? `${context.siteConfig.url.replace(/\/$/, '')}${context.baseUrl}` : context.baseUrl;
      await ganti(
        join(outDir, FEED_FILE),
        atomFeed(DATA_PERUBAHAN.perubahan, {
          bahasa: b,
          akar,
          judul: b === 'en' ? 'Pustaka TPPO: changes' : 'Pustaka TPPO: perubahan',
          self: `${akar}${FEED_FILE}`,
          halaman: `${akar}tentang/perubahan`,
        }),
      );
      await tulisSalinanOffline(outDir, manifest);
    },
  };

  /** A page's built file: folder index pages are written as `<folder>.html`. */
  function berkasHalaman(outDir: string, url: string): string | undefined {
    const rel = url.slice(context.baseUrl.length).replace(/\/$/, '');
    return [join(outDir, `${rel}.html`), join(outDir, rel, 'index.html')].find((f) => existsSync(f));
  }

  /**
   * plugin-client-redirects writes the poster short links in its own postBuild, concurrently
   * with this one; they get the CSP and belong to the offline copy, so wait for them (briefly).
   */
  async function tungguPengalihan(outDir: string): Promise<void> {
    const harus = PENGALIHAN.map((p) => join(outDir, p.slice(1), 'index.html'));
    for (let i = 0; i < 200 && !harus.every((f) => existsSync(f)); i++) await new Promise((ok) => setTimeout(ok, 50));
  }

  /** The files of this locale's build: other locales live in sub-folders of the default one's. */
  async function berkasLokal(outDir: string): Promise<string[]> {
    const lain = new Set(context.i18n.locales.filter((l) => l !== context.i18n.currentLocale));
    const semua: string[] = [];
    const jalan = async (dir: string, atas: boolean): Promise<void> => {
      for (const e of await readdir(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) {
          if (!(atas && lain.has(e.name))) await jalan(p, false);
        } else if (!(atas && e.name === 'sw.js') && !e.name.endsWith('.tmp')) semua.push(p);
      }
    };
    await jalan(outDir, true);
    return semua.sort();
  }

  async function tulisSalinanOffline(outDir: string, manifest: ManifestCari): Promise<void> {
    const { baseUrl, i18n, generatedFilesDir } = context;
    if (!perekam.grafik) throw new Error('salinan offline: grafik bundel tidak terekam (configureWebpack tidak dipanggil?)');
    const keFile = (url: string): string => join(outDir, decodeURIComponent(url.slice(baseUrl.length)));
    const adaBerkas = (url: string): boolean => url.startsWith(baseUrl) && !url.endsWith('/') && existsSync(keFile(url));
    const berkas = new Set<string>();
    const halaman: CatatanPekerja['halaman'] = {};
    const judul: { url: string; judul: string }[] = [];

    const potongan = JSON.parse(await readFile(join(generatedFilesDir, 'routesChunkNames.json'), 'utf8')) as Record<string, unknown>;
    // The docs pages marked for the offline copy, then the home page, search and the short links.
    const [beranda, ...lain] = HALAMAN_INTI_LAIN.map((p) => `${baseUrl}${p.slice(1)}`);
    const rute = [beranda as string, ...semuaHalaman.filter((h) => h.offline).map((h) => h.url.replace(/(.)\/$/, '$1')), ...lain];
    for (const b of berkasBundel(perekam.grafik, potongan, rute, baseUrl)) berkas.add(b);

    for (const r of rute) {
      const rel = r.slice(baseUrl.length);
      const file = rel === '' ? 'index.html' : [`${rel}.html`, `${rel}/index.html`].find((f) => existsSync(join(outDir, f)));
      if (!file) throw new Error(`salinan offline: halaman ${r} tidak ada di ${outDir}`);
      const html = await readFile(join(outDir, file));
      halaman[kunciHalaman(r, baseUrl)] = [`${baseUrl}${file}`, sha(html)];
      const pohon = parseHtml(html.toString('utf8'));
      for (const u of rujukanHtml(pohon, baseUrl)) if (adaBerkas(u) && !u.endsWith('.html')) berkas.add(u);
      const t = selectOne(pohon, 'title');
      const namaHalaman = t && textOf(t).replace(/ \| Pustaka TPPO$/, '');
      if (namaHalaman && !PENGALIHAN.includes(r.slice(baseUrl.length - 1))) judul.push({ url: r, judul: namaHalaman });
    }

    // The search manifest and every file of the index it names: a saved reader's searches need them all.
    for (const u of [MANIFEST, ...manifest.berkas]) berkas.add(`${baseUrl}${u}`);

    const offline = `${baseUrl}${BERKAS_OFFLINE}`;
    const bahasa = i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale;
    await ganti(join(outDir, BERKAS_OFFLINE), halamanOffline(bahasa, judul, kebijakan([])));
    berkas.add(offline);

    const hashBerkas: Record<string, string> = {};
    for (const u of [...berkas].sort()) {
      if (!adaBerkas(u)) throw new Error(`salinan offline: ${u} tidak ada di ${outDir}`);
      hashBerkas[u] = sha(await readFile(keFile(u)));
    }
    // The version: every file of this locale's build, so any change reaches readers as an update.
    const versi = createHash('sha256');
    for (const f of await berkasLokal(outDir)) versi.update(f.slice(outDir.length)).update(sha(await readFile(f)));
    const catatan: CatatanPekerja = { versi: versi.digest('hex').slice(0, 16), dasar: baseUrl, bahasa: i18n.currentLocale, halaman, berkas: hashBerkas, offline };
    const sumber = await readFile(join(__dirname, 'pekerja.js'), 'utf8');
    await ganti(join(outDir, 'sw.js'), `const PUSTAKA = ${JSON.stringify(catatan)};\n${sumber}`);
  }
}
