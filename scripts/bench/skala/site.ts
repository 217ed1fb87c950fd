/**
 * Writes one corpus of the scale benchmark (scripts/bench/skala.ts) into a temporary folder:
 *   <dir>/html/v<k>/<path>/index.html   one page per synthetic page, Pagefind's input (not served)
 *   <dir>/site/indeks-cari.json         our manifest, and our index in <dir>/site/cari/<hash>/,
 *                                       written by the site's own `tulisIndeks` (src/plugins/terbit/cari)
 *   <dir>/site/pagefind/                Pagefind's bundle, from its Node API over <dir>/html
 *   <dir>/site/ours.html, ours.js       the harness page of our engine and its esbuild bundle
 *   <dir>/site/pagefind.html            the harness page of Pagefind
 * Both harness pages are empty `<html lang="id-ID">` documents: the benchmark runs the search
 * from a script it evaluates in the page, so nothing is fetched before the clock starts.
 */
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { build } from 'esbuild';
import type { SearchDocument } from '../../../src/lib/search/compact-index';
import { tulisIndeks } from '../../../src/plugins/terbit/cari';
import { gzipSize } from '../harness';
import { pagefindHtml, type CorpusGenerator } from './corpus';

type PagefindModule = typeof import('pagefind');

const HARNESS_PAGE = '<!doctype html><html lang="id-ID"><head><meta charset="utf-8"><title>skala</title></head><body></body></html>\n';

export interface Corpus {
  documents: SearchDocument[];
  pages: number;
}

/** Generates variants 1…scale, writing each synthetic page's HTML as it goes. */
export async function writeCorpus(gen: CorpusGenerator, scale: number, htmlDir: string): Promise<Corpus> {
  await rm(htmlDir, { recursive: true, force: true });
  const documents: SearchDocument[] = [];
  let pages = 0;
  for (let k = 1; k <= scale; k += 1) {
    for (const page of gen.variant(k)) {
      const file = join(htmlDir, page.path, 'index.html');
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, pagefindHtml(page));
      documents.push(...page.documents);
      pages += 1;
    }
  }
  return { documents, pages };
}

export interface OurIndex {
  /** File name inside the index folder → JSON text (what `fromFiles` reads in Node). */
  files: Map<string, string>;
  folder: string;
  raw: number;
  /** Sum of each file's gzip -9 size (each file is fetched on its own). */
  gzip: number;
  /** The whole dictionary, gzip per file: its head and every chunk (a query reads the head and the chunks it needs). */
  dictionaryGzip: number;
  dictionaryChunks: number;
}

/** Our index, written as the build writes it; the writer keeps a copy of each file for Node. */
export async function writeOurIndex(siteDir: string, documents: SearchDocument[]): Promise<OurIndex> {
  const files = new Map<string, string>();
  const manifest = await tulisIndeks(siteDir, documents, async (file, isi) => {
    await writeFile(file, isi);
    const name = relative(siteDir, file).replace(/\\/g, '/');
    if (name !== 'indeks-cari.json') files.set(name.slice(name.lastIndexOf('/') + 1), isi);
  });
  let raw = 0;
  let gzip = 0;
  for (const isi of files.values()) {
    raw += Buffer.byteLength(isi);
    gzip += gzipSize(isi);
  }
  const chunks = [...files.keys()].filter((f) => /^k\d+\.json$/.test(f));
  const dictionaryGzip = [...chunks, 'kamus.json'].reduce((sum, f) => sum + gzipSize(files.get(f) ?? ''), 0);
  return { files, folder: manifest.dasar, raw, gzip, dictionaryGzip, dictionaryChunks: Math.max(1, chunks.length) };
}

export interface PagefindBundle {
  version: string;
  pages: number;
  files: number;
  bytes: number;
}

let pagefindModule: PagefindModule | undefined;
/** Pagefind is an ES module only; this package is CommonJS under tsx, so it is imported dynamically. */
async function pagefind(): Promise<PagefindModule> {
  pagefindModule ??= await import('pagefind');
  return pagefindModule;
}

async function folderBytes(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    files += 1;
    bytes += (await stat(join(e.parentPath, e.name))).size;
  }
  return { files, bytes };
}

/** Indexes `htmlDir` with Pagefind's Node API into `<siteDir>/pagefind`. */
export async function writePagefind(htmlDir: string, siteDir: string, version: string): Promise<PagefindBundle> {
  const pf = await pagefind();
  const { index, errors } = await pf.createIndex({});
  if (!index) throw new Error(`Pagefind createIndex: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: htmlDir });
  if (added.errors.length) throw new Error(`Pagefind addDirectory: ${added.errors.join('; ')}`);
  const outputPath = join(siteDir, 'pagefind');
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind writeFiles: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  return { version, pages: added.page_count, ...(await folderBytes(outputPath)) };
}

/** Stops Pagefind's indexing service, if it was started. */
export async function closePagefind(): Promise<void> {
  if (pagefindModule) await pagefindModule.close();
}

/** Bundles client.ts (our engine, unchanged) for the browser; returns the bundle's text. */
export async function bundleClient(): Promise<string> {
  const out = await build({
    entryPoints: [join(import.meta.dirname, 'client.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    write: false,
    logLevel: 'silent',
    // query.ts reads tuning knobs from process.env (unset in the site's bundle too).
    define: { 'process.env': '{}' },
  });
  return out.outputFiles[0]?.text ?? '';
}

/** The harness pages, and our bundle, in the served folder. */
export async function writeHarness(siteDir: string, bundle: string): Promise<void> {
  await writeFile(join(siteDir, 'ours.js'), bundle);
  await writeFile(join(siteDir, 'ours.html'), HARNESS_PAGE);
  await writeFile(join(siteDir, 'pagefind.html'), HARNESS_PAGE);
}
