/** The built English edition: every page there is English, says so in `lang`, and needs no "not translated" notice. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/lib/web/html';
import { urlTerbit } from '../../scripts/url-terbit';
import { attribute, berkasHalaman, selectOne, textOf } from './html';

const BUILD = join(process.cwd(), 'build');
const terbit = urlTerbit(BUILD);
const en = Object.keys(terbit).filter((u) => u.startsWith('/en'));

describe('the English edition as built', () => {
  it('has a page, with the same anchors, for every Indonesian page', () => {
    const id = Object.keys(terbit).filter((u) => !u.startsWith('/en'));
    expect(id.filter((u) => !terbit[`/en${u === '/' ? '' : u}`])).toEqual([]);
    expect(id.filter((u) => u !== '/' && JSON.stringify([...(terbit[u] ?? [])].sort()) !== JSON.stringify([...(terbit[`/en${u}`] ?? [])].sort()))).toEqual([]);
  });

  it.each(en)('%s is marked English and needs no "not translated" notice', (u) => {
    const file = berkasHalaman(u.slice(1), BUILD) as string;
    const pohon = parseHtml(readFileSync(file, 'utf8'));
    const html = selectOne(pohon, 'html');
    expect(html && attribute(html, 'lang')).toBe('en-GB');
    const main = selectOne(pohon, 'main') ?? pohon;
    expect(textOf(main)).not.toContain('has not been translated into English yet');
    expect(selectOne(main, '[lang="id"] h1, h1[lang="id"]')).toBeUndefined();
  });
});
