import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const JS = join(process.cwd(), 'build', 'assets', 'js');

describe('what phones download', () => {
  it('no browser script carries the build-time validators (zod, our front matter checks)', () => {
    const bawaServer = readdirSync(JS)
      .filter((f) => f.endsWith('.js'))
      .filter((f) => /ZodError|Front matter tidak sah|front matter harus berupa/.test(readFileSync(join(JS, f), 'utf8')));
    expect(bawaServer).toEqual([]);
  });
});

describe('the regulation catalogue', () => {
  const BUILD = join(process.cwd(), 'build');
  const skrip = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.js'));

  it.each([
    ['id', join(BUILD, 'assets', 'js')],
    ['en', join(BUILD, 'en', 'assets', 'js')],
  ])('%s: is not in the bundle every page loads, only in a chunk of the regulation pages', (_bahasa, dir) => {
    const denganKatalog = skrip(dir).filter((f) => readFileSync(join(dir, f), 'utf8').includes('tanggal_pengundangan'));
    expect(denganKatalog.length).toBeGreaterThan(0);
    expect(denganKatalog.filter((f) => /^(main|runtime~main)\./.test(f))).toEqual([]);
  });
});
