import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashSkripInline, pasangCsp } from './csp';

const HTML = '<html><head><meta charset="UTF-8"><script type="application/ld+json">{"a":1}</script><script src="/main.js"></script><script>tema()</script></head><body></body></html>';

describe('Content-Security-Policy', () => {
  it('allows the inline script by its hash, not unsafe-inline, and ignores data blocks', () => {
    const hash = `sha256-${createHash('sha256').update('tema()').digest('base64')}`;
    expect(hashSkripInline(HTML)).toEqual([hash]);
    const meta = /content="([^"]+)"/.exec(pasangCsp(HTML))?.[1] ?? '';
    expect(meta).toContain(`script-src 'self' '${hash}'`);
    expect(meta).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(meta).toContain("default-src 'self'");
    expect(meta).toContain("object-src 'none'");
  });

  it('puts the policy first in <head> and only once', () => {
    const sekali = pasangCsp(HTML);
    expect(sekali.indexOf('Content-Security-Policy')).toBeLessThan(sekali.indexOf('<script'));
    expect(pasangCsp(sekali)).toBe(sekali);
  });
});
