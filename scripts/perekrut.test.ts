import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KATA_PERINGATAN, KATA_VERDICT } from '../src/lib/perekrut';

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const REGISTRI = 'tests/fixtures/registri-sintetis.csv';

function jalankan(script: string, args: string[], input?: string) {
  const r = spawnSync(TSX, [join('scripts', script), ...args], { encoding: 'utf8', input, timeout: 60_000 });
  return { kode: r.status, keluar: r.stdout, galat: r.stderr };
}
const cek = (...args: string[]) => jalankan('cek-perekrut.ts', ['--registry', REGISTRI, ...args]);

describe('cek-perekrut command line', () => {
  it('exits 0 for terdaftar and prints one JSON object of the documented shape', () => {
    const r = cek('--json', 'pt zorvani kelutam');
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

  it('a registry file without its provenance beside it is a public compilation: never terdaftar', () => {
    const dir = mkdtempSync(join(tmpdir(), 'registri-'));
    copyFileSync(REGISTRI, join(dir, 'lepas.csv'));
    const r = jalankan('cek-perekrut.ts', ['--registry', join(dir, 'lepas.csv'), '--json', 'pt zorvani kelutam']);
    expect(r.kode).toBe(1);
    expect(JSON.parse(r.keluar)).toMatchObject({ verdict: 'disebut_berizin', matches: [{ bukti: { jenis: 'kompilasi_publik' } }] });
  });

  it('a CV with the words of a licensed PT is mirip, exits 1, and says a P3MI must be a PT', () => {
    const r = cek('CV Zorvani Kelutam');
    expect(r.kode).toBe(1);
    expect(r.keluar.split('\n')[0]).toBe(`${KATA_VERDICT.mirip.label.id.toUpperCase()}: "CV Zorvani Kelutam"`);
    expect(r.keluar).toContain(KATA_PERINGATAN.bentuk_bukan_pt.id);
    expect(r.keluar).toContain('PT Zorvani Kelutam');
  });

  it('a revocation followed only by a public statement prints the revocation and the statement as not official', () => {
    const r = cek('Quendaro Mabilu Sentosa');
    expect(r.keluar.split('\n')[0]).toMatch(new RegExp(`^${KATA_VERDICT.izin_tidak_aktif.label.id.toUpperCase()}`));
    expect(r.keluar).toMatch(/bukan daftar resmi: tidak membuktikan izinnya dipulihkan/);
  });

  it('exits 1 for every other verdict, with a readable answer', () => {
    const mirip = cek('PT Zorvani Kelutam Abadi');
    expect(mirip.kode).toBe(1);
    expect(mirip.keluar.startsWith(KATA_VERDICT.mirip.label.id.toUpperCase())).toBe(true);
    expect(mirip.keluar).toContain('PT Zorvani Kelutam');
    expect(cek('Brelomi Tasvari Internasional').kode).toBe(1);
    const tidak = cek('PT Xylofon Ubergrun');
    expect(tidak.kode).toBe(1);
    expect(tidak.keluar).toContain(KATA_VERDICT.tidak_ditemukan.penjelasan.id);
  });

  it.each([
    ['whitespace only', ['   '], /Tulis nama/],
    ['emoji only', ['😀😀'], /huruf atau angka/],
    ['10,000 characters', ['x'.repeat(10_000)], /terlalu panjang/],
    ['an unknown option', ['--bogus', 'x'], /Opsi tidak dikenal: --bogus/],
    ['no name', [], /Tulis nama perusahaan/],
  ])('exits 2 with one sentence on stderr for %s', (_label, args, pesan) => {
    const r = cek(...(args as string[]));
    expect(r.kode).toBe(2);
    expect(r.galat.trim().split('\n')).toHaveLength(1);
    expect(r.galat).toMatch(pesan);
    expect(r.keluar).toBe('');
  });

  it('exits 2 when the registry file is missing or malformed', () => {
    expect(jalankan('cek-perekrut.ts', ['--registry', 'tidak/ada.csv', 'x']).galat).toMatch(/tidak ditemukan/);
    const dir = mkdtempSync(join(tmpdir(), 'registri-'));
    writeFileSync(join(dir, 'r.csv'), 'nama,status,sumber\nPT Satu,hidup,x\n');
    const r = jalankan('cek-perekrut.ts', ['--registry', join(dir, 'r.csv'), 'x']);
    expect(r.kode).toBe(2);
    expect(r.galat).toMatch(/r\.csv, baris 2: status "hidup" tidak dikenal/);
  });

  it('checks many names from stdin and neutralises spreadsheet formulas in CSV output', () => {
    const hasil = jalankan('cek-perekrut.ts', ['--registry', REGISTRI, '--file', '-'], 'nama\npt zorvani kelutam\n=HYPERLINK("http://x")\n\n   \nQuendaro\n');
    expect(hasil.kode).toBe(0);
    const baris = hasil.keluar.trim().split('\n');
    expect(baris[0]).toBe('query,verdict,label,nama,nomor_izin,status,skor,bukti,keterangan');
    expect(baris[1]).toMatch(new RegExp(`^pt zorvani kelutam,terdaftar,${KATA_VERDICT.terdaftar.label.id},PT Zorvani Kelutam,`));
    expect(baris[2]).toMatch(/^"'=HYPERLINK\(""http:\/\/x""\)",/);
    expect(baris[3]).toMatch(/^Quendaro,mirip,/);
    expect(baris).toHaveLength(4);
  });

  it('writes JSON lines for many names with --json', () => {
    const r = jalankan('cek-perekrut.ts', ['--registry', REGISTRI, '--file', '-', '--json'], 'zorvani kelutam\nPT\n');
    const objek = r.keluar.trim().split('\n').map((l) => JSON.parse(l) as { verdict: string });
    expect(objek.map((o) => o.verdict)).toEqual(['terdaftar', 'masukan_tidak_sah']);
  });
});

describe('perekrut:impor', () => {
  function folder(): string {
    const dir = mkdtempSync(join(tmpdir(), 'impor-'));
    copyFileSync(REGISTRI, join(dir, 'resmi.csv'));
    copyFileSync('tests/fixtures/registri-sintetis.json', join(dir, 'resmi.json'));
    return dir;
  }

  it('on a bad row prints every bad row with its line, exits non-zero and leaves the snapshot untouched', () => {
    const dir = folder();
    const sebelum = readFileSync(join(dir, 'resmi.csv'), 'utf8');
    const buruk = join(dir, 'ekspor.csv');
    writeFileSync(buruk, 'nama,status,sumber\nPT Zorvani Kelutam,aktif,ekspor\nPT Dua,hidup,ekspor\n,aktif,ekspor\n');
    const r = jalankan('perekrut-impor.ts', [buruk, '--id', 'resmi', '--folder', dir]);
    expect(r.kode).toBe(1);
    expect(r.galat).toMatch(/baris 3: status "hidup"/);
    expect(r.galat).toMatch(/baris 4: nama kosong/);
    expect(r.galat).toMatch(/2 baris tidak sah .*tidak ada yang ditulis/);
    expect(readFileSync(join(dir, 'resmi.csv'), 'utf8')).toBe(sebelum);
    expect(existsSync(join(dir, 'resmi.csv.tmp'))).toBe(false);
  });

  it('on success writes the snapshot and its provenance and prints what changed', () => {
    const dir = folder();
    const baru = join(dir, 'ekspor.csv');
    writeFileSync(
      baru,
      'Nama Perusahaan,Nomor SIP3MI,Status Izin,Provinsi,Sumber\nPT Zorvani Kelutam,SINT/0001/2026,Dicabut,Provinsi Uji,ekspor uji\nPT Omnivel Sarta,SINT/0009/2026,Aktif,Provinsi Uji,ekspor uji\n',
    );
    const r = jalankan('perekrut-impor.ts', [baru, '--id', 'resmi', '--tanggal', '2026-11-20', '--folder', dir]);
    expect(r.kode).toBe(0);
    expect(r.keluar).toMatch(/Ditambah \(1\): PT Omnivel Sarta/);
    expect(r.keluar).toMatch(/Dihapus \(4\)/);
    expect(r.keluar).toMatch(/Status berubah \(1\): PT Zorvani Kelutam: aktif → dicabut/);
    expect(JSON.parse(readFileSync(join(dir, 'resmi.json'), 'utf8'))).toMatchObject({ id: 'resmi', tanggal: '2026-11-20', jenis: 'ekspor_resmi' });
    const cekBaru = jalankan('cek-perekrut.ts', ['--registry', join(dir, 'resmi.csv'), '--json', 'omnivel sarta']);
    expect(JSON.parse(cekBaru.keluar).verdict).toBe('terdaftar');
  });

  it('refuses an event dated after the export date, and reports rows that disagree on one date', () => {
    const dir = folder();
    const masa = join(dir, 'masa.csv');
    writeFileSync(masa, 'nama,status,tanggal_status,sumber\nPT Omnivel Sarta,dicabut,2026-02-01,x\nPT Omnivel Sarta,aktif,2062-02-01,x\n');
    const r = jalankan('perekrut-impor.ts', [masa, '--id', 'resmi', '--tanggal', '2026-11-20', '--folder', dir]);
    expect(r.kode).toBe(1);
    expect(r.galat).toMatch(/baris 3: tanggal_status "2062-02-01" sesudah tanggal snapshot 2026-11-20/);
    const sehari = join(dir, 'sehari.csv');
    writeFileSync(sehari, 'nama,status,tanggal_status,sumber\nPT Omnivel Sarta,aktif,2026-05-01,x\nPT Omnivel Sarta,dicabut,2026-05-01,y\n');
    const ok = jalankan('perekrut-impor.ts', [sehari, '--id', 'sehari', '--tanggal', '2026-11-20', '--folder', dir]);
    expect(ok.kode).toBe(0);
    expect(ok.keluar).toMatch(/Bertentangan pada tanggal yang sama .*\(1\): PT Omnivel Sarta 2026-05-01, baris 2 dan 3/);
    expect(JSON.parse(jalankan('cek-perekrut.ts', ['--registry', join(dir, 'sehari.csv'), '--json', 'omnivel sarta']).keluar).verdict).toBe('izin_tidak_aktif');
  });

  it('reads an XLSX export too', async () => {
    const { default: tulisXlsx } = await import('write-excel-file/node');
    const dir = folder();
    const xlsx = join(dir, 'ekspor.xlsx');
    await tulisXlsx(
      [
        [{ value: 'Nama Perusahaan' }, { value: 'Status Izin' }, { value: 'Provinsi' }, { value: 'Sumber' }],
        [{ value: 'PT Omnivel Sarta' }, { value: 'Aktif' }, { value: 'Provinsi Uji' }, { value: 'ekspor uji' }],
      ],
      { filePath: xlsx },
    );
    const r = jalankan('perekrut-impor.ts', [xlsx, '--id', 'xlsx', '--folder', dir]);
    expect(r.kode).toBe(0);
    expect(readFileSync(join(dir, 'xlsx.csv'), 'utf8')).toMatch(/^PT Omnivel Sarta,tidak_diketahui,,,,aktif,,,,Provinsi Uji,ekspor uji,,$/m);
  });

  it('refuses a missing file in one sentence', () => {
    const r = jalankan('perekrut-impor.ts', ['tidak-ada.csv']);
    expect(r.kode).not.toBe(0);
    expect(r.galat.trim()).toBe('Berkas tidak ditemukan: tidak-ada.csv');
  });
});

