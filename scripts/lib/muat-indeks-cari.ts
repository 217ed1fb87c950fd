/** Loads the built search index of one locale from build/ (Node only), read as the browser reads it. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Fragment, IndexManifest, StoredDocument } from '../../src/lib/search/compact-index';
import { createSearcher, type Searcher } from '../../src/lib/search/query';
import { UsageError } from './cli';

/** The manifest of a built locale, or a usage error when the build has no index. */
export function readManifest(buildDir: string): IndexManifest {
  const manifestPath = join(buildDir, 'indeks-cari.json');
  if (!existsSync(manifestPath)) throw new UsageError(`Tidak ada indeks pencarian di ${buildDir}; jalankan \`npm run build\` dulu.`);
  return JSON.parse(readFileSync(manifestPath, 'utf8')) as IndexManifest;
}

/** A searcher over a built locale: the same code and the same files as the search box. */
export async function muatIndeksBuild(buildDir: string): Promise<Searcher> {
  const manifest = readManifest(buildDir);
  return createSearcher(async (name) => JSON.parse(readFileSync(join(buildDir, manifest.dasar, name), 'utf8')) as unknown);
}

/** Every section of a built locale's index, in id order, read from its fragments (tests and benchmarks). */
export function readDocuments(buildDir: string): StoredDocument[] {
  const manifest = readManifest(buildDir);
  const out: StoredDocument[] = [];
  for (let i = 0; out.length < manifest.dokumen; i += 1) {
    const frag = JSON.parse(readFileSync(join(buildDir, manifest.dasar, `d${i}.json`), 'utf8')) as Fragment;
    for (const [hi, anchor, bagian, cuplikan] of frag.d) {
      const [u, judul, jenis, wilayah, regulasi] = frag.h[hi] as Fragment['h'][number];
      out.push({ url: anchor ? `${u}#${anchor}` : u, judul, bagian, jenis, wilayah, ...(regulasi ? { regulasi } : {}), cuplikan });
    }
  }
  return out;
}
