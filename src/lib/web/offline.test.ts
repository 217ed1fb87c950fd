import { describe, expect, it } from 'vitest';
import { parseHtml } from './html';
import { berkasBundel, halamanOffline, kunciHalaman, rujukanHtml, type GrafikBundel } from './offline';

// main loads the route chunks lazily, plus the search engine; the docs layout can load Mermaid,
// which loads KaTeX.
const GRAFIK: GrafikBundel = {
  awal: 0,
  kelompok: [
    { nama: 'main', pintu: [], berkas: ['/assets/js/runtime~main.1.js', '/assets/js/main.1.js', '/assets/css/styles.1.css'], anak: [1, 2, 3, 4, 5] },
    { nama: 'aaaa0001', pintu: ['@theme/DocRoot'], berkas: ['/assets/js/aaaa0001.1.js', '/assets/js/bersama.1.js'], anak: [6] },
    { nama: 'bbbb0002', pintu: ['@site/docs/sop/lapor-rt.mdx'], berkas: ['/assets/js/bbbb0002.1.js'], anak: [] },
    { nama: 'cccc0003', pintu: ['@site/docs/regulasi/uu-21-2007.md'], berkas: ['/assets/js/cccc0003.1.js'], anak: [] },
    { nama: null, pintu: ['./mesin'], berkas: ['/assets/js/mesin.1.js'], anak: [] },
    { nama: 'dddd0004', pintu: ['@site/src/pages/index.tsx'], berkas: ['/assets/js/dddd0004.1.js'], anak: [] },
    { nama: null, pintu: ['mermaid'], berkas: ['/assets/js/mermaid.1.js'], anak: [7] },
    { nama: null, pintu: ['katex'], berkas: ['/assets/js/katex.1.js'], anak: [] },
  ],
};
const RUTE = {
  '/-abc': { __comp: 'dddd0004' },
  '/-def': { __comp: 'aaaa0001' },
  '/sop/lapor-rt-123': { __comp: 'x', content: 'bbbb0002' },
  '/regulasi/uu-21-2007-456': { content: 'cccc0003' },
};

describe('what the offline copy keeps', () => {
  const berkas = berkasBundel(GRAFIK, RUTE, ['/sop/lapor-rt', '/lapor']);

  it('keeps the entry, the page, the layouts around it and what they load later', () => {
    for (const f of [
      '/assets/js/main.1.js',
      '/assets/css/styles.1.css',
      '/assets/js/aaaa0001.1.js',
      '/assets/js/bersama.1.js',
      '/assets/js/bbbb0002.1.js',
      '/assets/js/mesin.1.js',
    ]) {
      expect(berkas).toContain(f);
    }
  });

  it('leaves out other pages, and Mermaid with what only it loads', () => {
    for (const f of ['/assets/js/cccc0003.1.js', '/assets/js/mermaid.1.js', '/assets/js/katex.1.js']) expect(berkas).not.toContain(f);
  });

  it('refuses a core page that is not a route (a typo in the core page list), but not a poster short link', () => {
    expect(() => berkasBundel(GRAFIK, RUTE, ['/sop/lapor-rtt'])).toThrow(/rute \/sop\/lapor-rtt/);
    expect(() => berkasBundel(GRAFIK, RUTE, ['/cek'])).not.toThrow();
  });

  it('finds the files a page asks for by itself, on its own base URL only', () => {
    const html =
      '<link rel="stylesheet" href="/en/assets/css/a.css"><script src="/en/assets/js/m.js?x=1"></script><img src="https://luar.example/x.png"><a href="/en/sop">x</a><link rel="icon" href="/img/f.svg">';
    expect(rujukanHtml(parseHtml(html), '/en/')).toEqual(['/en/assets/css/a.css', '/en/assets/js/m.js']);
    // The same page as the minifier writes it, without quotes.
    const mini = '<link rel=stylesheet href=/en/assets/css/a.css /><script src=/en/assets/js/m.js?x=1 defer></script><a href=/en/sop>x</a>';
    expect(rujukanHtml(parseHtml(mini), '/en/')).toEqual(['/en/assets/css/a.css', '/en/assets/js/m.js']);
  });

  it('gives a page one key, however its address is written', () => {
    for (const j of ['/sop/lapor-rt', '/sop/lapor-rt/', '/sop/lapor-rt.html', '/sop/lapor-rt/index.html']) expect(kunciHalaman(j, '/')).toBe('/sop/lapor-rt');
    expect(kunciHalaman('/', '/')).toBe('/');
    expect(kunciHalaman('/index.html', '/')).toBe('/');
    expect(kunciHalaman('/en', '/en/')).toBe('/en/');
    expect(kunciHalaman('/en/', '/en/')).toBe('/en/');
  });

  it('writes the offline page in the page language, titles as text, with no script', () => {
    const html = halamanOffline('en-GB', [{ url: '/en/sop', judul: 'Report <b>now</b>' }], "default-src 'self'");
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain('This page is not saved on this phone');
    expect(html).toContain('<a href="/en/sop">Report &lt;b&gt;now&lt;/b&gt;</a>');
    expect(html).not.toMatch(/<script/i);
    expect(halamanOffline('id-ID', [], '')).toContain('Halaman ini belum tersimpan di ponsel ini');
  });
});
