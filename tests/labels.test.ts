/**
 * The recruiter check speaks one vocabulary (src/lib/perekrut/labels.ts). Every place that
 * renders a verdict or a status must take its words from there; a label spelled anywhere else
 * can drift from the table, and then the page and the command line say different things.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KATA_BUKTI, KATA_STATUS, KATA_VERDICT } from '../src/lib/perekrut';

const ROOT = process.cwd();

function berkas(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return berkas(p);
    return /\.(tsx?|mdx?|json)$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [p] : [];
  });
}

/** Where verdicts and statuses are rendered: the page, the list, the CLI, the search snippets, the interface strings. */
const PERENDER = [
  ...berkas('src/components/CekPerekrut'),
  ...berkas('src/components/DaftarPerekrut'),
  // csv.ts reads status words people type into a spreadsheet: input, not output.
  ...berkas('src/lib/perekrut').filter((f) => !/labels\.ts$|csv\.ts$/.test(f)),
  'src/plugins/terbit/cari.ts',
  'scripts/cek-perekrut.ts',
  'scripts/lib/perekrut-cli.ts',
  'i18n/en/code.json',
];

const LABEL = [
  ...Object.values(KATA_VERDICT).flatMap((k) => [k.label.id, k.label.en]),
  ...Object.values(KATA_STATUS).flatMap((k) => [k.label.id, k.label.en]),
  ...Object.values(KATA_BUKTI).flatMap((k) => [k.id, k.en]),
  // Labels of the first version, so they cannot come back under another key.
  'disebut berizin',
  'named as licensed',
].filter((l) => l.length >= 8);

/**
 * The table's labels that a source text spells itself: a string literal or JSX text that is the
 * label, or that holds it in capitals as the command line prints it. Comments do not count.
 */
function labelTertulis(sumber: string): string[] {
  const teks = sumber.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
  const literal = [...teks.matchAll(/'([^'\\\n]*)'|"([^"\\\n]*)"|`([^`\\]*)`|>\s*([^<>{}]+?)\s*</g)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4] ?? '');
  const sama = (a: string, b: string): boolean => a.trim().replace(/[.:]$/, '') === b;
  return [...new Set(LABEL.filter((l) => literal.some((x) => sama(x, l) || x.includes(l.toUpperCase()))))];
}

describe('one vocabulary for recruiter verdicts', () => {
  it('the scan reads every renderer, and would see a label', () => {
    for (const f of PERENDER) expect(readFileSync(join(ROOT, f), 'utf8').length, f).toBeGreaterThan(0);
    expect(LABEL).toContain('Terdaftar');
    expect(LABEL).toContain('Registered');
  });

  it('no renderer spells a verdict, status or evidence label of its own', () => {
    const temuan = PERENDER.flatMap((f) => {
      const mentah = readFileSync(join(ROOT, f), 'utf8');
      // Of the interface strings, only the recruiter pages' own.
      const teks = f.endsWith('code.json')
        ? JSON.stringify(Object.entries(JSON.parse(mentah) as Record<string, unknown>).filter(([k]) => /^(perekrut|daftarPerekrut)\./.test(k)))
        : mentah;
      return labelTertulis(teks).map((l) => `${f}: "${l}"`);
    });
    expect(temuan).toEqual([]);
  });

  it('the scan catches a label typed into a component or printed in capitals, and not one in a comment', () => {
    expect(labelTertulis(`<h2>{ok ? 'Terdaftar' : x}</h2>`)).toEqual(['Terdaftar']);
    expect(labelTertulis('console.log(`TERDAFTAR: ${q}`)')).toEqual(['Terdaftar']);
    expect(labelTertulis('<td>Izin tidak aktif</td>')).toEqual(['Izin tidak aktif']);
    expect(labelTertulis("// 'Terdaftar' is rendered from the table\nconst v = 'terdaftar';")).toEqual([]);
  });

  it('only terdaftar is green, and the public-statement verdict never says Terdaftar or Registered', () => {
    const hijau = Object.entries(KATA_VERDICT)
      .filter(([, k]) => k.nada === 'baik')
      .map(([v]) => v);
    expect(hijau).toEqual(['terdaftar']);
    const { label, penjelasan } = KATA_VERDICT.disebut_berizin;
    expect(`${label.id} ${penjelasan.id}`).not.toMatch(/terdaftar/i);
    expect(`${label.en} ${penjelasan.en}`).not.toMatch(/registered/i);
    expect(penjelasan.id).toMatch(/bukan daftar resmi/);
  });
});
