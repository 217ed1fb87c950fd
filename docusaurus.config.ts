import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import { remarkBodyChecks } from './src/lib/content/body-checks';
import { parseValidatedFrontMatter } from './src/lib/content/parse-front-matter';
import pluginRegulasi from './src/plugins/regulasi';
import pluginDataTerbuka from './src/plugins/data-terbuka';
import pluginDataSitus from './src/plugins/data-situs';
import pluginPerekrut from './src/plugins/perekrut';
import pluginTerbit from './src/plugins/terbit';
import pluginRingan from './src/plugins/ringan';
import { lastmodByPage } from './src/lib/perubahan/lastmod';
import { DATA_PERUBAHAN } from './src/lib/perubahan/data';
import { OG_FILE } from './src/lib/web/og-image';
import remarkPasal from './src/plugins/remark-pasal';
import remarkRegulasi from './src/plugins/remark-regulasi';

// The public address is set per deployment (SITE_URL). Without one the build invents none: the
// placeholder below (a reserved, never-resolving name) is removed from every page (src/plugins/
// terbit), no sitemap is written, and printed pages carry the address they are opened at.
const alamatTetap = Boolean(process.env.SITE_URL);
const url = process.env.SITE_URL ?? 'https://alamat-belum-diatur.invalid';

const config: Config = {
  title: 'Pustaka TPPO',
  tagline: 'Pengetahuan terbuka untuk mencegah perdagangan orang',
  favicon: 'img/favicon.svg',
  url,
  baseUrl: '/',
  trailingSlash: false,
  // The day of the build: contacts past their review date are flagged even without JavaScript.
  customFields: { tanggalBuild: new Date().toISOString().slice(0, 10), alamatTetap },

  // Docusaurus' v4 path: Rspack, SWC and Lightning CSS (@docusaurus/faster) and the v4 defaults.
  future: { v4: true, faster: true },

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  i18n: {
    defaultLocale: 'id',
    locales: ['id', 'en'],
    localeConfigs: {
      id: { label: 'Bahasa Indonesia', htmlLang: 'id-ID' },
      en: { label: 'English', htmlLang: 'en-GB' },
    },
  },

  markdown: {
    format: 'detect',
    mermaid: true,
    parseFrontMatter: parseValidatedFrontMatter,
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          showLastUpdateTime: false,
          breadcrumbs: true,
          // Pasal and ayat headings get anchors from their numbers (pasal-2, pasal-2-ayat-1).
          // Regulation pages get their metadata block (src/plugins/remark-regulasi).
          // Every content page's body is checked (src/lib/content/body-checks: no `# title`,
          // no template marker, no typed phone link); a problem fails the build.
          beforeDefaultRemarkPlugins: [remarkBodyChecks, remarkPasal, remarkRegulasi],
          // Templates and partials start with "_" and are never published.
          exclude: ['**/_*/**', '**/_*.{md,mdx}'],
        },
        blog: false,
        // A sitemap lists absolute addresses: only with a real one. Each page's lastmod is the date
        // it says it was updated or the newest change note naming it (src/lib/perubahan/lastmod).
        sitemap: alamatTetap
          ? {
              ignorePatterns: ['/cari', '/en/cari'],
              createSitemapItems: async ({ defaultCreateSitemapItems, ...rest }) => {
                const tanggal = lastmodByPage(__dirname, DATA_PERUBAHAN);
                const akar = new URL(url).pathname.replace(/\/$/, '');
                return (await defaultCreateSitemapItems(rest)).map((item) => {
                  const path = new URL(item.url).pathname.slice(akar.length).replace(/^\/en(?=\/|$)/, '') || '/';
                  const d = tanggal.get(path.replace(/\/$/, '') || '/');
                  return d ? { ...item, lastmod: d } : item;
                });
              },
            }
          : false,
        theme: {
          customCss: './src/css/custom.css',
        },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    pluginDataSitus,
    pluginPerekrut,
    pluginRegulasi,
    pluginDataTerbuka,
    pluginTerbit,
    pluginRingan,
    [
      '@docusaurus/plugin-client-redirects',
      {
        // Short addresses for posters and QR codes, and old addresses of moved pages.
        redirects: [
          { from: '/lapor', to: '/sop/lapor-rt' },
          { from: '/cek', to: '/perekrut/cek' },
        ],
      },
    ],
  ],
  clientModules: [require.resolve('./src/klien/cetak.ts'), require.resolve('./src/klien/tabel.ts')],
  themes: ['@docusaurus/theme-mermaid'],

  headTags: [
    { tagName: 'link', attributes: { rel: 'manifest', href: '/manifest.json' } },
    { tagName: 'meta', attributes: { name: 'theme-color', content: '#0b5cad' } },
  ],

  themeConfig: {
    metadata: [{ name: 'referrer', content: 'no-referrer' }],
    // The share picture (made by the build, src/lib/web/og-image): og:image must be an absolute
    // address, so only a build that knows its address names it.
    ...(alamatTetap ? { image: OG_FILE } : {}),
    // No switch: it would write the choice to localStorage; the colour follows the phone's setting.
    colorMode: { respectPrefersColorScheme: true, disableSwitch: true },
    docs: { sidebar: { hideable: false, autoCollapseCategories: true } },
    navbar: {
      title: 'Pustaka TPPO',
      logo: { alt: 'Pustaka TPPO', src: 'img/logo.svg', width: 32, height: 32 },
      items: [
        { type: 'docSidebar', sidebarId: 'utama', label: 'Panduan', position: 'left' },
        { to: '/sop', label: 'Lapor', position: 'left' },
        { to: '/perekrut', label: 'Cek perekrut', position: 'left' },
        { to: '/regulasi', label: 'Regulasi', position: 'left' },
        { type: 'search', position: 'right' },
        { type: 'localeDropdown', position: 'right' },
      ],
    },
    footer: {
      style: 'light',
      links: [
        {
          title: 'Tentang',
          items: [
            { label: 'Apa situs ini', to: '/tentang' },
            { label: 'Dari mana fakta kami', to: '/tentang/sumber' },
            { label: 'Laporkan kesalahan', to: '/tentang/laporkan-kesalahan' },
          ],
        },
        {
          title: 'Darurat',
          items: [
            { label: 'Nomor penting', to: '/sop/lapor-rt#kontak' },
            { label: 'Buat laporan', to: '/sop/buat-laporan' },
          ],
        },
      ],
      copyright: 'Pustaka TPPO bukan situs resmi pemerintah dan bukan nasihat hukum. Isi: CC BY 4.0. Data wilayah: idn-area-data (ODbL).',
    },
    prism: { additionalLanguages: [] },
  } satisfies Preset.ThemeConfig,
};

export default config;
