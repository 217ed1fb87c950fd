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
