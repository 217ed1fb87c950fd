import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { urlTerbit } from '../../scripts/url-terbit';

const BUILD = join(process.cwd(), 'build');
const TERBIT = JSON.parse(readFileSync('tests/url-terbit.json', 'utf8')) as Record<string, string[]>;

describe('published addresses stay', () => {
  const sekarang = urlTerbit(BUILD);

  it.each(Object.keys(TERBIT))('%s still exists with every anchor it had', (url) => {
    expect(sekarang[url], `${url} hilang: pulihkan halaman atau buat pengalihan`).toBeDefined();
    const hilang = (TERBIT[url] ?? []).filter((id) => !sekarang[url]?.includes(id));
    expect(hilang, `jangkar hilang di ${url}`).toEqual([]);
  });

  it('the short addresses for posters redirect to their pages', () => {
    for (const [dari, ke] of [
      ['lapor', '/sop/lapor-rt'],
      ['cek', '/perekrut/cek'],
    ] as const) {
      const f = [join(BUILD, `${dari}.html`), join(BUILD, dari, 'index.html')].find((x) => existsSync(x));
      expect(f, dari).toBeDefined();
      expect(readFileSync(f as string, 'utf8')).toContain(ke);
    }
  });

  // A build with SITE_URL writes a sitemap; the default build must invent no address at all.
  it.skipIf(existsSync(join(BUILD, 'sitemap.xml')))('a build without SITE_URL carries no made-up address on any page or data file', () => {
    const berkas = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? (e.name === 'assets' ? [] : berkas(join(dir, e.name))) : /\.(html|xml|json|js)$/.test(e.name) ? [join(dir, e.name)] : [],
      );
    const semua = berkas(BUILD);
    expect(semua.length).toBeGreaterThan(40);
    const salah = semua.filter((f) => /example\.org|alamat-belum-diatur/.test(readFileSync(f, 'utf8')));
    expect(salah).toEqual([]);
  });
});

describe('what the build publishes for feed readers and search engines', () => {
  it.each([
    ['perubahan.atom', 'id'],
    ['en/perubahan.atom', 'en'],
  ] as const)('%s is an Atom feed of every change note, in its language', async (file, b) => {
    const { parseFeed } = await import('@rowanmanning/feed-parser');
    const { DATA_PERUBAHAN } = await import('../../src/lib/perubahan/data');
    const feed = parseFeed(readFileSync(join(BUILD, file), 'utf8'));
    expect(feed.items.map((i) => i.title)).toEqual(DATA_PERUBAHAN.perubahan.map((p) => p.judul[b]));
  });

  it('robots.txt keeps search results out, and the search page says noindex', () => {
    expect(readFileSync(join(BUILD, 'robots.txt'), 'utf8')).toMatch(/^Disallow: \/cari$/m);
    const cari = readFileSync(join(BUILD, 'cari.html'), 'utf8');
    expect(cari).toMatch(/<meta [^>]*name=robots content=noindex/);
  });
});
