import { existsSync, readFileSync } from 'node:fs';
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
    for (const [dari, ke] of [['lapor', '/sop/lapor-rt'], ['cek', '/perekrut/cek']] as const) {
      const f = [join(BUILD, `${dari}.html`), join(BUILD, dari, 'index.html')].find((x) => existsSync(x));
      expect(f, dari).toBeDefined();
      expect(readFileSync(f as string, 'utf8')).toContain(ke);
    }
  });
});
