import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KATA_PERINGATAN, KATA_VERDICT } from '../src/lib/perekrut';
import { main } from './cek-perekrut';
import { runInProcess } from './lib/uji-cli';

const REGISTRI = 'tests/fixtures/registri-sintetis.csv';

// In process: the command's own main(), with what it writes collected (one spawned smoke test below).
const jalankan = (args: string[], input?: string) => runInProcess(main, args, input);
const cek = (...args: string[]) => jalankan(['--registry', REGISTRI, ...args]);

describe('cek-perekrut command line', () => {
  it('exits 0 for terdaftar and prints one JSON object of the documented shape', async () => {
    const r = await cek('--json', 'pt zorvani kelutam');
    expect(r.kode).toBe(0);
    expect(JSON.parse(r.keluar)).toEqual({
      query: 'pt zorvani kelutam',
      verdict: 'terdaftar',
      label: KATA_VERDICT.terdaftar.label.id,
      nada: 'baik',
      matches: [
        {
          nama: 'PT Zorvani Kelutam',
          nomor_izin: 'SINT/0001/2026',
          status: 'aktif',
          skor: 1,
          bukti: { jenis: 'ekspor_resmi', tanggal: '2026-01-15', judul: 'Data sintetis untuk uji', url: null, snapshot: 'registri-sintetis' },
        },
      ],
      peringatan: [],
      snapshot: { tanggal: '2026-11-01', sumber: 'Registri sintetis untuk uji (nama karangan)' },
    });
  });

  it('a registry file without its provenance beside it is a public compilation: never terdaftar', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'registri-'));
    copyFileSync(REGISTRI, join(dir, 'lepas.csv'));
    const r = await jalankan(['--registry', join(dir, 'lepas.csv'), '--json', 'pt zorvani kelutam']);
    expect(r.kode).toBe(1);
    expect(JSON.parse(r.keluar)).toMatchObject({ verdict: 'disebut_berizin', matches: [{ bukti: { jenis: 'kompilasi_publik' } }] });
  });

  it('a CV with the words of a licensed PT is mirip, exits 1, and says a P3MI must be a PT', async () => {
    const r = await cek('CV Zorvani Kelutam');
    expect(r.kode).toBe(1);
    expect(r.keluar.split('\n')[0]).toBe(`${KATA_VERDICT.mirip.label.id.toUpperCase()}: "CV Zorvani Kelutam"`);
    expect(r.keluar).toContain(KATA_PERINGATAN.bentuk_bukan_pt.id);
    expect(r.keluar).toContain('PT Zorvani Kelutam');
  });

  it('a revocation followed only by a public statement prints the revocation and the statement as not official', async () => {
    const r = await cek('Quendaro Mabilu Sentosa');
    expect(r.keluar.split('\n')[0]).toMatch(new RegExp(`^${KATA_VERDICT.izin_tidak_aktif.label.id.toUpperCase()}`));
    expect(r.keluar).toMatch(/bukan daftar resmi: tidak membuktikan izinnya dipulihkan/);
  });

  it('exits 1 for every other verdict, with a readable answer', async () => {
    const mirip = await cek('PT Zorvani Kelutam Abadi');
    expect(mirip.kode).toBe(1);
    expect(mirip.keluar.startsWith(KATA_VERDICT.mirip.label.id.toUpperCase())).toBe(true);
    expect(mirip.keluar).toContain('PT Zorvani Kelutam');
    expect((await cek('Brelomi Tasvari Internasional')).kode).toBe(1);
    const tidak = await cek('PT Xylofon Ubergrun');
    expect(tidak.kode).toBe(1);
    expect(tidak.keluar).toContain(KATA_VERDICT.tidak_ditemukan.penjelasan.id);
  });

  it.each([
    ['whitespace only', ['   '], /Tulis nama/],
    ['emoji only', ['😀😀'], /huruf atau angka/],
    ['10,000 characters', ['x'.repeat(10_000)], /terlalu panjang/],
    ['an unknown option', ['--bogus', 'x'], /Opsi tidak dikenal: --bogus/],
    ['no name', [], /Tulis nama perusahaan/],
  ])('exits 2 with one sentence on stderr for %s', async (_label, args, pesan) => {
    const r = await cek(...(args as string[]));
    expect(r.kode).toBe(2);
    expect(r.galat.trim().split('\n')).toHaveLength(1);
    expect(r.galat).toMatch(pesan);
    expect(r.keluar).toBe('');
  });

  it('exits 2 when the registry file is missing or malformed', async () => {
    expect((await jalankan(['--registry', 'tidak/ada.csv', 'x'])).galat).toMatch(/tidak ditemukan/);
    const dir = mkdtempSync(join(tmpdir(), 'registri-'));
    writeFileSync(join(dir, 'r.csv'), 'nama,status,sumber\nPT Satu,hidup,x\n');
    const r = await jalankan(['--registry', join(dir, 'r.csv'), 'x']);
    expect(r.kode).toBe(2);
    expect(r.galat).toMatch(/r\.csv, baris 2: status "hidup" tidak dikenal/);
  });

  it('checks many names from stdin and neutralises spreadsheet formulas in CSV output', async () => {
    const hasil = await jalankan(['--registry', REGISTRI, '--file', '-'], 'nama\npt zorvani kelutam\n=HYPERLINK("http://x")\n\n   \nQuendaro\n');
    expect(hasil.kode).toBe(0);
    const baris = hasil.keluar.trim().split('\n');
    expect(baris[0]).toBe('query,verdict,label,nama,nomor_izin,status,skor,bukti,keterangan');
    expect(baris[1]).toMatch(new RegExp(`^pt zorvani kelutam,terdaftar,${KATA_VERDICT.terdaftar.label.id},PT Zorvani Kelutam,`));
    expect(baris[2]).toMatch(/^"'=HYPERLINK\(""http:\/\/x""\)",/);
    expect(baris[3]).toMatch(/^Quendaro,mirip,/);
    expect(baris).toHaveLength(4);
  });

  it('writes JSON lines for many names with --json', async () => {
    const r = await jalankan(['--registry', REGISTRI, '--file', '-', '--json'], 'zorvani kelutam\nPT\n');
    const objek = r.keluar
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { verdict: string });
    expect(objek.map((o) => o.verdict)).toEqual(['terdaftar', 'masukan_tidak_sah']);
  });
});

describe('cek-perekrut refuses input it cannot read, in one sentence that names the file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cek-'));

  it.each([
    ['a binary --file', () => ['--registry', REGISTRI, '--file', 'tests/fixtures/impor-biner.txt'], /impor-biner\.txt, baris 1: berkas berisi byte NUL/],
    ['a --file that is not UTF-8', () => ['--registry', REGISTRI, '--file', 'tests/fixtures/impor-windows-1252.csv'], /impor-windows-1252\.csv, baris 3: byte 0xE9 bukan UTF-8/],
    [
      'a registry with a header and no rows',
      () => [`--registry`, (writeFileSync(join(dir, 'kosong.csv'), 'nama,status,sumber\n'), join(dir, 'kosong.csv')), 'x'],
      /kosong\.csv, baris 1: registri tanpa satu baris data pun/,
    ],
    [
      'a broken provenance file',
      () => {
        copyFileSync(REGISTRI, join(dir, 'rusak.csv'));
        writeFileSync(join(dir, 'rusak.json'), '{ "jenis": ');
        return ['--registry', join(dir, 'rusak.csv'), 'x'];
      },
      /rusak\.json, baris 1: JSON tidak bisa dibaca/,
    ],
    [
      'a provenance whose date does not exist',
      () => {
        copyFileSync(REGISTRI, join(dir, 'tanggal.csv'));
        const asli = JSON.parse(readFileSync('tests/fixtures/registri-sintetis.json', 'utf8')) as Record<string, unknown>;
        writeFileSync(join(dir, 'tanggal.json'), JSON.stringify({ ...asli, tanggal: '2026-02-30' }));
        return ['--registry', join(dir, 'tanggal.csv'), 'x'];
      },
      /tanggal\.json, baris 1: "tanggal" harus tanggal YYYY-MM-DD yang ada/,
    ],
    [
      'a provenance with a field nobody reads',
      () => {
        copyFileSync(REGISTRI, join(dir, 'lebih.csv'));
        const asli = JSON.parse(readFileSync('tests/fixtures/registri-sintetis.json', 'utf8')) as Record<string, unknown>;
        writeFileSync(join(dir, 'lebih.json'), JSON.stringify({ ...asli, resmi: true }));
        return ['--registry', join(dir, 'lebih.csv'), 'x'];
      },
      /lebih\.json, baris 1: kolom tidak dikenal: "resmi"/,
    ],
    ['a folder as --registry', () => ['--registry', dir, 'x'], /ini folder, bukan berkas CSV/],
  ])('%s: exit 2', async (_l, args, pesan) => {
    const r = await jalankan(args());
    expect(r.kode).toBe(2);
    expect(r.galat.trim().split('\n')).toHaveLength(1);
    expect(r.galat).toMatch(pesan);
    expect(r.keluar).toBe('');
  });

  it('shows escape sequences typed into a name instead of obeying them', async () => {
    const r = await cek('PT \u001b[2J\u0007Zorvani');
    // eslint-disable-next-line no-control-regex -- the control characters are what must not come out
    expect(r.keluar).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(r.keluar).toContain('\\u{1b}[2J');
  });

  it('npm run -s gives stdout that is only the JSON object', async () => {
    const r = spawnSync('npm', ['run', '-s', 'cek-perekrut', '--', '--registry', REGISTRI, '--json', 'zorvani kelutam'], { encoding: 'utf8', timeout: 60_000 });
    expect(JSON.parse(r.stdout)).toMatchObject({ verdict: 'terdaftar' });
  });
});
