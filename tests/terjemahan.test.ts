import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const KODE_EN = JSON.parse(readFileSync(join(ROOT, 'i18n', 'en', 'code.json'), 'utf8')) as Record<string, { message: string }>;

function berkasSumber(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return berkasSumber(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

/** Every interface string id used in src/: `<Translate id="…">` and `translate({ id: '…' })`. */
function idDipakai(): Map<string, string> {
  const hasil = new Map<string, string>();
  for (const f of berkasSumber(join(ROOT, 'src'))) {
    const isi = readFileSync(f, 'utf8');
    for (const m of isi.matchAll(/<Translate\b[^>]*?\bid="([^"]+)"/g)) hasil.set(m[1] as string, f);
    for (const m of isi.matchAll(/\btranslate\(\s*\{\s*id:\s*['"]([^'"]+)['"]/g)) hasil.set(m[1] as string, f);
  }
  return hasil;
}

describe('English interface', () => {
  const dipakai = idDipakai();

  it('finds the interface strings in the source (the scan itself works)', () => {
    expect(dipakai.size).toBeGreaterThan(100);
    expect(dipakai.has('regulasi.diagram.tampilkan')).toBe(true);
  });

  it('has an English translation for every interface string the components use', () => {
    const kurang = [...dipakai].filter(([id]) => !KODE_EN[id]?.message?.trim()).map(([id, f]) => `${id} (${f.slice(ROOT.length + 1)})`);
    expect(kurang).toEqual([]);
  });
});
