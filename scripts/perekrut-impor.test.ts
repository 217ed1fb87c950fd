/**
 * The registry importer, tried as a careless spreadsheet or an attacker would: nothing lost,
 * nothing changed silently, every problem at its true line. Names are synthetic.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main as mainImpor } from './perekrut-impor';
import { main as mainCek } from './cek-perekrut';
import { runInProcess } from './lib/uji-cli';

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const REGISTRI = 'tests/fixtures/registri-sintetis.csv';

// In process: the commands' own main(), with what they write collected. The interrupted-import
// test and one smoke test spawn the real command.
function jalankan(script: 'perekrut-impor.ts' | 'cek-perekrut.ts', args: string[]) {
  return runInProcess(script === 'perekrut-impor.ts' ? mainImpor : mainCek, args);
}
const impor = (...args: string[]) => jalankan('perekrut-impor.ts', args);

/** A registry folder holding the synthetic snapshot `resmi`. */
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'impor-'));
  copyFileSync(REGISTRI, join(dir, 'resmi.csv'));
  copyFileSync('tests/fixtures/registri-sintetis.json', join(dir, 'resmi.json'));
  return dir;
}

/** Every file of a folder with its bytes, to show that nothing changed. */
function isi(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, existsSync(join(dir, f)) && !f.startsWith('.') ? readFileSync(join(dir, f), 'latin1') : 'FOLDER']),
  );
}

function berkas(dir: string, nama: string, teks: string | Buffer): string {
  const p = join(dir, nama);
  writeFileSync(p, teks);
  return p;
}

const KEPALA = 'nama,status,tanggal_status,sumber\n';

describe('perekrut:impor refuses a bad file and changes nothing', () => {
  it('prints every bad row with its line, exits 1, and leaves the folder as it was', async () => {
    const dir = folder();
    const sebelum = isi(dir);
    const buruk = berkas(
      mkdtempSync(join(tmpdir(), 'm-')),
      'ekspor.csv',
      `${KEPALA}PT Zorvani Kelutam,aktif,2026-01-02,ekspor\nPT Dua Sintetis,hidup,2026-01-02,ekspor\n,aktif,2026-01-02,ekspor\n`,
    );
    const r = await impor(buruk, '--id', 'resmi', '--folder', dir, '--ganti');
    expect(r.kode).toBe(1);
    expect(r.galat).toMatch(/baris 3: status "hidup"/);
    expect(r.galat).toMatch(/baris 4: nama kosong/);
    expect(r.galat).toMatch(/2 masalah di .*tidak ada yang ditulis/);
    expect(isi(dir)).toEqual(sebelum);
  });

  it.each([
    [
      'a quoted line break earlier in the file',
      `${KEPALA}PT Satu Sintetis,aktif,2026-01-02,"sumber\nbaris dua"\nPT Dua Sintetis,aktif,2026-01-02,x\nPT Tiga Sintetis,hidup,2026-01-02,x\n`,
      5,
      /status "hidup"/,
    ],
    ['blank lines before the bad row', `${KEPALA}PT Satu Sintetis,aktif,2026-01-02,x\n\n\nPT Tiga Sintetis,hidup,2026-01-02,x\n`, 5, /status "hidup"/],
    [
      'a quote opened and never closed',
      `${KEPALA}PT Satu Sintetis,aktif,2026-01-02,x\n"PT Dua Sintetis,aktif,2026-01-02,x\nPT Tiga Sintetis,aktif,2026-01-02,x\nPT Empat Sintetis,aktif,2026-01-02,x\n`,
      3,
      /tanda kutip dibuka di baris ini/,
    ],
  ])('names the true line: %s', async (_l, teks, baris, alasan) => {
    const dir = folder();
    const r = await impor(berkas(mkdtempSync(join(tmpdir(), 'm-')), 'baru.csv', teks), '--id', 'baru', '--tanggal', '2026-11-20', '--folder', dir);
    expect(r.kode).toBe(1);
    expect(r.galat).toMatch(new RegExp(`baris ${baris}: ${alasan.source}`));
  });

  it.each([
    ['two columns for one field', 'nama,nama_perusahaan,status,sumber\nPT Satu Sintetis,PT Satu,aktif,x\n', /baris 1: kolom "nama" dan "nama_perusahaan" sama-sama berarti "nama"/],
    ['an unknown column', 'nama,status,sumber,warna\nPT Satu Sintetis,aktif,x,biru\n', /baris 1: kolom tidak dikenal: "warna"/],
    ['a missing required column', 'nama,sumber\nPT Satu Sintetis,x\n', /baris 1: kolom wajib tidak ada: status/],
    [
      'a name that is only a legal form',
      `${KEPALA}PT,aktif,2026-01-02,x\nP.T.,aktif,2026-01-02,x\nCV,aktif,2026-01-02,x\n---,aktif,2026-01-02,x\n`,
      /baris 2: nama "PT" hanya berisi[\s\S]*baris 3: nama "P\.T\."[\s\S]*baris 4: nama "CV"[\s\S]*baris 5: nama "---"/,
    ],
    ['an escape sequence in a name', `${KEPALA}PT Satu\u001b[31mMerah,aktif,2026-01-02,x\n`, /baris 2: kolom 1 \(nama\) berisi karakter kendali U\+001B/],
    ['a line break in a name', `${KEPALA}"PT Satu\nSintetis",aktif,2026-01-02,x\n`, /baris 2: kolom 1 \(nama\) berisi baris baru/],
    [
      'one firm licensed and revoked on one date',
      `${KEPALA}PT Satu Sintetis,aktif,2026-05-01,x\nP.T. SATU SINTETIS,dicabut,2026-05-01,y\n`,
      /baris 3: "P\.T\. SATU SINTETIS" pada 2026-05-01 disebut berizin dan juga dicabut\/dibekukan \(baris 2 dan 3\)/,
    ],
    ['an event dated after the export date', `${KEPALA}PT Satu Sintetis,aktif,2062-02-01,x\n`, /baris 2: tanggal_status "2062-02-01" sesudah tanggal snapshot 2026-11-20/],
  ])('refuses %s, naming where', async (_l, teks, pesan) => {
    const dir = folder();
    const sebelum = isi(dir);
    const r = await impor(berkas(mkdtempSync(join(tmpdir(), 'm-')), 'baru.csv', teks), '--id', 'baru', '--tanggal', '2026-11-20', '--folder', dir);
    expect(r.kode).toBe(1);
    expect(r.galat).toMatch(pesan);
    // Escape sequences from the file are shown, never obeyed.
    expect(r.galat).not.toContain('\u001b');
    expect(isi(dir)).toEqual(sebelum);
  });

  it('refuses bytes that are not UTF-8 with the line of the first one, and reads them as Windows-1252 when asked', async () => {
    const dir = folder();
    const r = await impor('tests/fixtures/impor-windows-1252.csv', '--id', 'cp', '--tanggal', '2026-11-20', '--folder', dir);
    expect(r.kode).toBe(1);
    expect(r.galat).toMatch(/baris 3: byte 0xE9 bukan UTF-8; .*--pengodean windows-1252/);
    expect(existsSync(join(dir, 'cp.csv'))).toBe(false);
    const ok = await impor('tests/fixtures/impor-windows-1252.csv', '--id', 'cp', '--tanggal', '2026-11-20', '--folder', dir, '--pengodean', 'windows-1252');
    expect(ok.kode).toBe(0);
    expect(ok.galat).toMatch(/Dibaca sebagai Windows-1252/);
    expect(readFileSync(join(dir, 'cp.csv'), 'utf8')).toContain('PT Café Sintetis');
  });

  it('reads UTF-16 with a BOM as such', async () => {
    const dir = folder();
    const r = await impor('tests/fixtures/impor-utf16.csv', '--id', 'u16', '--tanggal', '2026-11-20', '--folder', dir);
    expect(r.kode).toBe(0);
    expect(readFileSync(join(dir, 'u16.csv'), 'utf8')).toMatch(/^PT Omnivel Sarta,/m);
  });

  it('refuses a binary file', async () => {
    const r = await impor('tests/fixtures/impor-biner.txt', '--id', 'biner', '--tanggal', '2026-11-20', '--folder', folder());
    expect(r.kode).toBe(1);
    expect(r.galat).toMatch(/berkas biner/);
  });

  it('reports exact duplicate rows as a warning and still imports', async () => {
    const dir = folder();
    const r = await impor(
      berkas(mkdtempSync(join(tmpdir(), 'm-')), 'dua.csv', `${KEPALA}PT Satu Sintetis,aktif,2026-01-02,x\nPT Satu Sintetis,aktif,2026-01-02,x\n`),
      '--id',
      'dua',
      '--tanggal',
      '2026-11-20',
      '--folder',
      dir,
    );
    expect(r.kode).toBe(0);
    expect(r.galat).toMatch(/baris 3: perhatian: sama persis dengan baris 2/);
  });
});

describe('perekrut:impor never replaces or re-dates a snapshot silently', () => {
  const ekspor = `${KEPALA}PT Zorvani Kelutam,dicabut,2026-03-01,ekspor uji\nPT Omnivel Sarta,aktif,2026-03-01,ekspor uji\n`;

  it('an existing id, in any case, is refused without --ganti', async () => {
    const dir = folder();
    const sebelum = isi(dir);
    const r = await impor(berkas(mkdtempSync(join(tmpdir(), 'm-')), 'e.csv', ekspor), '--id', 'RESMI', '--tanggal', '2026-11-20', '--folder', dir);
    expect(r.kode).toBe(2);
    expect(r.galat).toMatch(/Snapshot "resmi" sudah ada .*--periksa .*--ganti/);
    expect(isi(dir)).toEqual(sebelum);
  });

  it('--periksa prints the diff and writes nothing', async () => {
    const dir = folder();
    const sebelum = isi(dir);
    const r = await impor(berkas(mkdtempSync(join(tmpdir(), 'm-')), 'e.csv', ekspor), '--id', 'resmi', '--folder', dir, '--periksa');
    expect(r.kode).toBe(0);
    expect(r.keluar).toMatch(/Ditambah \(1\): PT Omnivel Sarta/);
    expect(r.keluar).toMatch(/Status berubah \(1\): PT Zorvani Kelutam: aktif → dicabut/);
    expect(r.keluar).toMatch(/tidak ada yang ditulis/);
    expect(isi(dir)).toEqual(sebelum);
  });

  it('--ganti prints the diff, replaces both files, and keeps the date unless --tanggal is given', async () => {
    const dir = folder();
    const r = await impor(berkas(mkdtempSync(join(tmpdir(), 'm-')), 'e.csv', ekspor), '--id', 'resmi', '--folder', dir, '--ganti');
    expect(r.kode).toBe(0);
    expect(r.keluar).toMatch(/Dihapus \(4\)/);
    expect(JSON.parse(readFileSync(join(dir, 'resmi.json'), 'utf8'))).toMatchObject({ id: 'resmi', tanggal: '2026-11-01', jenis: 'ekspor_resmi' });
    expect(readdirSync(dir).sort()).toEqual(['resmi.csv', 'resmi.json']);
    const cek = await jalankan('cek-perekrut.ts', ['--registry', join(dir, 'resmi.csv'), '--json', 'omnivel sarta']);
    expect(JSON.parse(cek.keluar).verdict).toBe('terdaftar');
  });

  it('re-running on the same data writes nothing and keeps the date', async () => {
    const dir = folder();
    const e = berkas(mkdtempSync(join(tmpdir(), 'm-')), 'e.csv', ekspor);
    await impor(e, '--id', 'resmi', '--folder', dir, '--ganti');
    const sebelum = isi(dir);
    const r = await impor(e, '--id', 'resmi', '--folder', dir, '--ganti');
    expect(r.keluar).toMatch(/Tidak ada perubahan/);
    expect(isi(dir)).toEqual(sebelum);
  });

  it.each([
    ['an empty --tanggal', ['--tanggal', ''], /--tanggal "" bukan tanggal/],
    ['an impossible --tanggal', ['--tanggal', '2026-02-30'], /bukan tanggal/],
    ['a future --tanggal', ['--tanggal', '2099-01-01'], /belum terjadi/],
    ['no --tanggal for a new snapshot', [], /--tanggal wajib untuk snapshot baru/],
  ])('refuses %s', async (_l, args, pesan) => {
    const dir = folder();
    const r = await impor(berkas(mkdtempSync(join(tmpdir(), 'm-')), 'e.csv', ekspor), '--id', 'baru', '--folder', dir, ...args);
    expect(r.kode).toBe(2);
    expect(r.galat).toMatch(pesan);
    expect(existsSync(join(dir, 'baru.csv'))).toBe(false);
  });

  it('--json prints one JSON summary and nothing else on stdout', async () => {
    const dir = folder();
    const r = await impor(berkas(mkdtempSync(join(tmpdir(), 'm-')), 'e.csv', ekspor), '--id', 'resmi', '--folder', dir, '--periksa', '--json');
    expect(JSON.parse(r.keluar)).toMatchObject({ id: 'resmi', baris: 2, galat: [], ditulis: false, beda: { ditambah: ['PT Omnivel Sarta'] } });
  });
});

describe('perekrut:impor lands both files together or not at all', () => {
  function terputus(tahap: string, dir: string, file: string): Promise<void> {
    return new Promise((selesai, gagal) => {
      const anak = spawn(TSX, [join('scripts', 'perekrut-impor.ts'), file, '--id', 'resmi', '--folder', dir, '--ganti'], {
        env: { ...process.env, PEREKRUT_IMPOR_BERHENTI: tahap },
      });
      let galat = '';
      anak.stderr.on('data', (d: Buffer) => {
        galat += d.toString();
        if (galat.includes(`BERHENTI ${tahap}`)) anak.kill('SIGKILL');
      });
      anak.on('exit', (_kode, sinyal) => (sinyal === 'SIGKILL' ? selesai() : gagal(new Error(`not killed: ${galat}`))));
    });
  }
  const ekspor = `${KEPALA}PT Omnivel Sarta,aktif,2026-03-01,ekspor uji\n`;

  it('killed while writing: the snapshot is unchanged, and the leftovers are removed next time', async () => {
    const dir = folder();
    const snapshot = { csv: readFileSync(join(dir, 'resmi.csv'), 'utf8'), json: readFileSync(join(dir, 'resmi.json'), 'utf8') };
    await terputus('menulis', dir, berkas(mkdtempSync(join(tmpdir(), 'm-')), 'e.csv', ekspor));
    expect(readFileSync(join(dir, 'resmi.csv'), 'utf8')).toBe(snapshot.csv);
    expect(readFileSync(join(dir, 'resmi.json'), 'utf8')).toBe(snapshot.json);
    // The checker still reads the old snapshot.
    expect((await jalankan('cek-perekrut.ts', ['--registry', join(dir, 'resmi.csv'), 'zorvani kelutam'])).kode).toBe(0);
    const r = await impor('--bereskan', '--folder', dir);
    expect(r.galat).toMatch(/Sisa impor yang terputus dihapus \(snapshot tidak berubah\): .*\.impor-resmi/);
    expect(readdirSync(dir).sort()).toEqual(['resmi.csv', 'resmi.json']);
  });

  it('killed after both files were complete: the import is finished next time, never half', async () => {
    const dir = folder();
    await terputus('siap', dir, berkas(mkdtempSync(join(tmpdir(), 'm-')), 'e.csv', ekspor));
    const r = await impor('--bereskan', '--folder', dir);
    expect(r.galat).toMatch(/Impor yang terputus diselesaikan/);
    expect(readdirSync(dir).sort()).toEqual(['resmi.csv', 'resmi.json']);
    expect(readFileSync(join(dir, 'resmi.csv'), 'utf8')).toMatch(/^PT Omnivel Sarta,/m);
    expect(readFileSync(join(dir, 'resmi.csv'), 'utf8')).not.toMatch(/Zorvani/);
  });
});

describe('perekrut:impor reads XLSX cells exactly', () => {
  it('keeps long licence numbers and small numbers as written, and dates as dates', async () => {
    const { default: tulisXlsx } = await import('write-excel-file/node');
    const { default: JSZip } = await import('jszip');
    const dir = folder();
    const xlsx = join(dir, 'ekspor.xlsx');
    await tulisXlsx(
      [
        [{ value: 'Nama Perusahaan' }, { value: 'Nomor SIP3MI' }, { value: 'Status Izin' }, { value: 'tanggal_status' }, { value: 'Sumber' }, { value: 'catatan' }],
        [
          { value: 'PT Omnivel Sarta' },
          { value: 111111 },
          { value: 'Aktif' },
          { value: new Date('2026-01-15T00:00:00Z'), type: Date, format: 'yyyy-mm-dd' },
          { value: 'ekspor uji' },
          { value: 222222 },
        ],
      ],
      { filePath: xlsx },
    );
    // Put numbers in the sheet that a float cannot hold, as a spreadsheet program would store them.
    const zip = await JSZip.loadAsync(readFileSync(xlsx));
    const lembar = 'xl/worksheets/sheet1.xml';
    const xml = (await zip.file(lembar)!.async('string')).replace('<v>111111</v>', '<v>12345678901234567</v>').replace('<v>222222</v>', '<v>9.5E-7</v>');
    zip.file(lembar, xml);
    writeFileSync(xlsx, await zip.generateAsync({ type: 'nodebuffer' }));
    const r = await impor(xlsx, '--id', 'xlsx', '--tanggal', '2026-11-20', '--folder', dir);
    expect(r.kode, r.galat).toBe(0);
    expect(readFileSync(join(dir, 'xlsx.csv'), 'utf8')).toMatch(/^PT Omnivel Sarta,tidak_diketahui,12345678901234567,,,aktif,2026-01-15,,,,ekspor uji,,0\.00000095$/m);
  });
});

describe('the shipped data folder', () => {
  it('is unchanged by a check-only import and by a refused one', async () => {
    const status = () => spawnSync('git', ['status', '--porcelain', '--', 'data/'], { encoding: 'utf8' }).stdout;
    const sebelum = { status: status(), isi: isi('data/perekrut') };
    const periksa = await impor('data/perekrut/kompilasi-publik.csv', '--id', 'kompilasi-publik', '--periksa');
    expect(periksa.kode).toBe(0);
    expect(periksa.keluar).toMatch(/Ditambah: tidak ada[\s\S]*Dihapus: tidak ada[\s\S]*tidak ada yang ditulis/);
    expect((await impor('data/perekrut/kompilasi-publik.csv', '--id', 'KOMPILASI-PUBLIK')).kode).toBe(2);
    const buruk = berkas(mkdtempSync(join(tmpdir(), 'm-')), 'kompilasi-publik.csv', `${KEPALA}PT,aktif,2026-01-02,x\n`);
    expect((await impor(buruk, '--id', 'kompilasi-publik', '--ganti')).kode).toBe(1);
    expect({ status: status(), isi: isi('data/perekrut') }).toEqual(sebelum);
  });
});
