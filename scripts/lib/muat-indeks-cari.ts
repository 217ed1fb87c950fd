/** Loads the built search index of one locale from build/ (Node only). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompactIndex } from '../../src/lib/search/compact-index';
import { UsageError } from './cli';

export function muatIndeksBuild(buildDir: string): { ringkas: CompactIndex; cuplikan: string[] } {
  const manifestPath = join(buildDir, 'indeks-cari.json');
  if (!existsSync(manifestPath)) throw new UsageError(`Tidak ada indeks pencarian di ${buildDir}; jalankan \`npm run build\` dulu.`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { berkas: string; cuplikan: string };
  return {
    ringkas: JSON.parse(readFileSync(join(buildDir, manifest.berkas), 'utf8')) as CompactIndex,
    cuplikan: JSON.parse(readFileSync(join(buildDir, manifest.cuplikan), 'utf8')) as string[],
  };
}
