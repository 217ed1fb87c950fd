import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashSkripInline, pasangCsp, SkripTakDikenal } from './csp';
import { parseHtml } from './html';
import { jsonUntukSkrip } from './json-script';

const TEMA =
  'document.documentElement.setAttribute("data-theme",window.matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light"),document.documentElement.setAttribute("data-theme-choice","system")';
const HTML = `<html><head><meta charset="UTF-8"><script type="application/ld+json">{"a":1}</script><script src="/main.js"></script><script>${TEMA}</script></head><body></body></html>`;

describe('Content-Security-Policy', () => {
  it('allows the theme inline script by its hash, not unsafe-inline, and ignores data blocks', () => {
    const hash = `sha256-${createHash('sha256').update(TEMA).digest('base64')}`;
    expect(hashSkripInline(parseHtml(HTML))).toEqual([hash]);
    const meta = /content="([^"]+)"/.exec(pasangCsp(HTML))?.[1] ?? '';
    expect(meta).toContain(`script-src 'self' '${hash}'`);
    expect(meta).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(meta).toContain("default-src 'self'");
    expect(meta).toContain("object-src 'none'");
  });

  it('reads minified pages the same: unquoted attributes, the minified theme script, nothing else touched', () => {
    const tema = '!function(){var t;document.documentElement.setAttribute("data-theme",t||(window.matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light"))}()';
    const mini = `<!doctype html><html lang=id><head><meta charset=UTF-8><script type=application/ld+json>{"a":1}</script><script src=/main.js defer></script></head><body><script>${tema}</script><p class=x>a</p></body></html>`;
    const hasil = pasangCsp(mini);
    expect(hasil).toBe(mini.replace('<head>', `<head><meta http-equiv="Content-Security-Policy" content="${/content="([^"]+)"/.exec(hasil)?.[1]}">`));
    expect(hasil).toContain(`'sha256-${createHash('sha256').update(tema).digest('base64')}'`);
    expect(pasangCsp(hasil)).toBe(hasil);
    expect(() => pasangCsp(mini.replace(tema, 'alert(1)'))).toThrow(SkripTakDikenal);
  });

  it('puts the policy first in <head> and only once', () => {
    const sekali = pasangCsp(HTML);
    expect(sekali.indexOf('Content-Security-Policy')).toBeLessThan(sekali.indexOf('<script'));
    expect(pasangCsp(sekali)).toBe(sekali);
  });

  it('refuses, naming the file, a script that a front-matter label broke out of the JSON-LD', () => {
    const label = 'Pencekalan </script><script>alert(document.domain)</script>';
    const bocor = HTML.replace('{"a":1}', JSON.stringify({ name: label }));
    expect(() => pasangCsp(bocor, 'build/sop/pencekalan/index.html')).toThrow(SkripTakDikenal);
    expect(() => pasangCsp(bocor, 'build/sop/pencekalan/index.html')).toThrow(
      /^build\/sop\/pencekalan\/index\.html: ada skrip inline yang tidak dibuat oleh situs \("alert\(document\.domain\)"\)/,
    );
  });

  it('JSON for a script block cannot end it, and reads back as the same text', () => {
    const label = 'Pencekalan </script><script>alert(1)</script> <!-- \u2028';
    const json = jsonUntukSkrip({ name: label });
    expect(json).not.toMatch(/<|>|\u2028/);
    expect(JSON.parse(json)).toEqual({ name: label });
    const aman = HTML.replace('{"a":1}', json);
    expect(() => pasangCsp(aman)).not.toThrow();
  });
});
