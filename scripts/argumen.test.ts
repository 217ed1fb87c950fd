import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const TSX = join('node_modules', '.bin', 'tsx');
const jalankan = (script: string, ...args: string[]) => spawnSync(TSX, [join('scripts', script), ...args], { encoding: 'utf8', timeout: 60_000 });

describe('maintenance commands read their options strictly', () => {
  it.each([
    ['wilayah-impor.ts', ['data/wilayah.json', 'data/wilayah-rinci.json']],
    ['url-terbit.ts', ['tests/url-terbit.json']],
  ])('%s --help prints the usage and writes nothing', (script, berkas) => {
    const sebelum = berkas.map((f) => [readFileSync(f, 'utf8'), statSync(f).mtimeMs]);
    const r = jalankan(script, '--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Pakai: npm run /);
    expect(berkas.map((f) => [readFileSync(f, 'utf8'), statSync(f).mtimeMs])).toEqual(sebelum);
  });

  it('an unknown option exits 2 with one sentence, writing nothing', () => {
    const sebelum = statSync('data/wilayah.json').mtimeMs;
    const r = jalankan('wilayah-impor.ts', '--tulis-semua');
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('Opsi tidak dikenal: --tulis-semua. Lihat --help.');
    expect(statSync('data/wilayah.json').mtimeMs).toBe(sebelum);
  });
});
