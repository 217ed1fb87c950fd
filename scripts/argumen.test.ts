import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runInProcess } from './lib/uji-cli';
import { main as mainWilayah } from './wilayah-impor';
import { main as mainUrl } from './url-terbit';
import { main as mainKonten } from './konten-periksa';

describe('maintenance commands read their options strictly', () => {
  it.each([
    ['wilayah:impor', mainWilayah, ['data/wilayah.json', 'data/wilayah-rinci.json']],
    ['url:perbarui', mainUrl, ['tests/url-terbit.json']],
    ['konten:periksa', mainKonten, []],
  ] as const)('%s --help prints the usage and writes nothing', async (_nama, main, berkas) => {
    const sebelum = berkas.map((f) => [readFileSync(f, 'utf8'), statSync(f).mtimeMs]);
    const r = await runInProcess(main, ['--help']);
    expect(r.kode).toBe(0);
    expect(r.keluar).toMatch(/^Pakai: npm run /);
    expect(berkas.map((f) => [readFileSync(f, 'utf8'), statSync(f).mtimeMs])).toEqual(sebelum);
  });

  it('an unknown option exits 2 with one sentence, writing nothing', async () => {
    const sebelum = statSync('data/wilayah.json').mtimeMs;
    const r = await runInProcess(mainWilayah, ['--tulis-semua']);
    expect(r.kode).toBe(2);
    expect(r.galat.trim()).toBe('Opsi tidak dikenal: --tulis-semua. Lihat --help.');
    expect(statSync('data/wilayah.json').mtimeMs).toBe(sebelum);
  });
});
