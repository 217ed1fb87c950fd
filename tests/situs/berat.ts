/**
 * What a phone downloads on a first visit to one page: every HTML, JS and CSS response from the
 * site's own origin until the network is idle, each counted as gzip -9 bytes (what a static host
 * that compresses sends). Shared by the page-weight budget test and `npm run bench:berat`.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface BerkasTerunduh {
  path: string;
  jenis: 'html' | 'js' | 'css';
  mentah: number;
  gzip: number;
}

export interface BeratHalaman {
  halaman: string;
  berkas: BerkasTerunduh[];
  /** Sum of `gzip` over `berkas`. */
  gzip: number;
  /** Requests to any other host (there must be none). */
  luar: string[];
}

function jenisDari(path: string, contentType: string): BerkasTerunduh['jenis'] | undefined {
  if (/\.js$/.test(path) || contentType.includes('javascript')) return 'js';
  if (/\.css$/.test(path) || contentType.includes('text/css')) return 'css';
  if (contentType.includes('text/html')) return 'html';
  return undefined;
}

/** Opens `asal + halaman` in a fresh context (empty cache, 360×740) and weighs what it loads. */
export async function ukurMuatPertama(browser: Browser, asal: string, halaman: string): Promise<BeratHalaman> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const asalUrl = new URL(asal).origin;
  const tertunda: Promise<BerkasTerunduh | undefined>[] = [];
  const luar: string[] = [];
  page.on('request', (req) => {
    if (new URL(req.url()).origin !== asalUrl && !req.url().startsWith('data:')) luar.push(req.url());
  });
  page.on('response', (res) => {
    const url = new URL(res.url());
    if (url.origin !== asalUrl) return;
    const jenis = jenisDari(url.pathname, res.headers()['content-type'] ?? '');
    if (!jenis) return;
    tertunda.push(
      res.body().then(
        (isi) => ({ path: url.pathname, jenis, mentah: isi.length, gzip: gzipSync(isi, { level: 9 }).length }),
        () => undefined,
      ),
    );
  });
  try {
    await page.goto(asal + halaman, { waitUntil: 'networkidle' });
    // A file is downloaded once: a second response for the same path (a prefetch answered from
    // the browser's cache, with an empty body) is not a second download.
    const perPath = new Map<string, BerkasTerunduh>();
    for (const b of await Promise.all(tertunda)) if (b && (perPath.get(b.path)?.mentah ?? -1) < b.mentah) perPath.set(b.path, b);
    const berkas = [...perPath.values()];
    return { halaman, berkas, gzip: berkas.reduce((n, b) => n + b.gzip, 0), luar };
  } finally {
    await context.close();
  }
}
