/**
 * The open data in a build (src/plugins/data-terbuka): in each locale's folder, every published
 * data file fits the JSON Schema published beside it, names its licence, and is listed in
 * `/data/indeks.json`; the open-data page links to each. Reads BUILD_DIR (default build/).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { Indeks } from '../../src/lib/data/terbuka';
import { attribute, halaman, selectAll } from './html';

const BUILD = resolve(process.env.BUILD_DIR ?? 'build');

/** Each locale's folder in the build and its baseUrl. */
const EDISI = [
  { folder: BUILD, baseUrl: '/' },
  { folder: join(BUILD, 'en'), baseUrl: '/en/' },
];

const baca = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/** A published address (path or absolute URL) → its file in a locale's folder. */
function berkasDari(folder: string, baseUrl: string, url: string): string {
  const jalur = new URL(url, 'http://situs.invalid').pathname;
  expect(jalur.startsWith(baseUrl), `${url} memuat baseUrl ${baseUrl}`).toBe(true);
  return join(folder, decodeURIComponent(jalur.slice(baseUrl.length)));
}

/** Every file under `dir`, relative to `folder`. */
function semuaBerkas(folder: string, dir: string): string[] {
  return (readdirSync(join(folder, dir), { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile())
    .map((e) => relative(folder, join(e.parentPath, e.name)).replace(/\\/g, '/'))
    .sort();
}

function validator(schema: unknown): ReturnType<Ajv2020['compile']> {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv.compile(schema as object);
}

describe.each(EDISI)('open data in $folder', ({ folder, baseUrl }) => {
  const indeksFile = join(folder, 'data', 'indeks.json');
  const indeks = (): Indeks => baca(indeksFile) as Indeks;
  /** Every file the index names, with the schema file it names (null for CSV). */
  const berkasIndeks = (): { file: string; skema: string | null; lisensi: string }[] =>
    indeks().dataset.flatMap((d) =>
      d.berkas.map((b) => ({ file: berkasDari(folder, baseUrl, b.url), skema: b.skema && berkasDari(folder, baseUrl, b.skema), lisensi: d.lisensi })),
    );

  it('has an index naming every dataset, each with a licence and its provenance', () => {
    expect(existsSync(indeksFile), `${indeksFile} (bangun dengan plugin data-terbuka)`).toBe(true);
    const ids = indeks().dataset.map((d) => d.id);
    expect(ids).toEqual(expect.arrayContaining(['regulasi', 'kontak', 'angka', 'gugus-kelurahan', 'perekrut-kompilasi-publik']));
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of indeks().dataset) {
      expect(d.lisensi.trim(), d.id).not.toBe('');
      expect(d.sumber.trim(), d.id).not.toBe('');
      expect(d.judul.id && d.judul.en, d.id).toBeTruthy();
      expect(d.berkas.length, d.id).toBeGreaterThan(0);
    }
    expect(indeks().halaman).toMatch(new RegExp(`${baseUrl}tentang/data-terbuka$`));
  });

  it('lists every data file under /data/ (and /regulasi.json), and every file it lists exists', () => {
    const terbit = [...semuaBerkas(folder, 'data'), 'regulasi.json'].filter((f) => !f.endsWith('.schema.json') && f !== 'data/indeks.json');
    const terdaftar = berkasIndeks().map((b) => relative(folder, b.file).replace(/\\/g, '/'));
    expect([...terdaftar].sort()).toEqual(terbit.sort());
    for (const b of berkasIndeks()) {
      expect(existsSync(b.file), b.file).toBe(true);
      if (b.skema) expect(existsSync(b.skema), b.skema).toBe(true);
    }
  });

  it('gives every JSON data file a JSON Schema it fits, and a non-empty licence field', () => {
    const json = berkasIndeks().filter((b) => b.file.endsWith('.json'));
    expect(json.length).toBeGreaterThanOrEqual(6);
    for (const b of json) {
      expect(b.skema, `${b.file} tanpa skema`).not.toBeNull();
      const isi = baca(b.file) as { lisensi?: unknown };
      expect(typeof isi.lisensi === 'string' && isi.lisensi.trim() !== '', `${b.file}: lisensi`).toBe(true);
      const periksa = validator(baca(b.skema as string));
      expect(periksa(isi) ? [] : periksa.errors, b.file).toEqual([]);
    }
  });

  it('puts every envelope in one shape: lisensi, sumber, diperbarui, data', () => {
    for (const d of indeks().dataset.filter((x) => !x.id.startsWith('perekrut-'))) {
      const isi = baca(berkasDari(folder, baseUrl, d.berkas[0]?.url ?? '')) as Record<string, unknown>;
      expect(Object.keys(isi), d.id).toEqual(['lisensi', 'sumber', 'diperbarui', 'data']);
      expect(isi.diperbarui === null || /^\d{4}-\d{2}-\d{2}$/.test(String(isi.diperbarui)), d.id).toBe(true);
      expect({ lisensi: isi.lisensi, sumber: isi.sumber, diperbarui: isi.diperbarui }).toEqual({ lisensi: d.lisensi, sumber: d.sumber, diperbarui: d.diperbarui });
    }
  });

  it('rejects a deliberately broken copy of a file', () => {
    const file = join(folder, 'data', 'kontak.json');
    const periksa = validator(baca(join(folder, 'data', 'kontak.schema.json')));
    const asli = baca(file) as { lisensi: string; data: { kontak: Record<string, unknown>[] } };
    expect(periksa(asli)).toBe(true);

    const tanpaLisensi: Record<string, unknown> = structuredClone(asli);
    delete tanpaLisensi.lisensi;
    expect(periksa(tanpaLisensi)).toBe(false);
    expect(periksa.errors?.map((e) => e.params)).toContainEqual({ missingProperty: 'lisensi' });

    const rusak = structuredClone(asli);
    (rusak.data.kontak[0] as Record<string, unknown>).melayani = ['siapa saja'];
    expect(periksa(rusak)).toBe(false);
    expect(periksa.errors?.map((e) => e.instancePath)).toContain('/data/kontak/0/melayani/0');
  });

  it('links the open-data page to every file and schema in the index, each link to a file that exists', () => {
    const halamanData = halaman('tentang/data-terbuka', folder);
    const href = new Set(selectAll(halamanData, 'a').map((a) => attribute(a, 'href') ?? ''));
    for (const b of indeks().dataset.flatMap((d) => d.berkas)) {
      for (const u of [b.url, b.skema].filter((x): x is string => x !== null)) expect(href.has(new URL(u, 'http://situs.invalid').pathname), u).toBe(true);
    }
    for (const u of [...href].filter((h) => /\.(json|csv)$/.test(h))) expect(existsSync(berkasDari(folder, baseUrl, u)), u).toBe(true);
  });

  it('links the regulation page to regulasi.json under baseUrl', () => {
    const tautan = selectAll(halaman('regulasi', folder), 'a[download]').map((a) => attribute(a, 'href'));
    expect(tautan).toContain(`${baseUrl}regulasi.json`);
    expect((baca(join(folder, 'regulasi.json')) as { sumber: string }).sumber).toMatch(new RegExp(`${baseUrl}regulasi$`));
  });
});
