import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bacaCsvRegistri } from './csv';
import { bangunRegistri, buatPencocok, MasukanTidakSah, normalisasiNama, type Provenans } from '.';

const provenans = JSON.parse(readFileSync('tests/fixtures/registri-sintetis.json', 'utf8')) as Provenans;
const { baris } = bacaCsvRegistri(readFileSync('tests/fixtures/registri-sintetis.csv', 'utf8'));
const registri = bangunRegistri([{ provenans, baris }], '2026-11-22');
const { cek } = buatPencocok(registri);

describe('normalising what people type', () => {
  it('ignores case, punctuation, diacritics, spacing and legal-form words wherever they stand', () => {
    const kunci = normalisasiNama('PT Zorvani Kelutam').kunci;
    for (const v of ['pt zorvani kelutam', 'P.T. ZORVANI   KELUTAM', 'Zorvani Kelutam, PT', 'Zorvani-Kelutam Tbk', 'Zörvani Kelutam', 'zorvanikelutam', 'Perseroan Terbatas Zorvani Kelutam', 'CV Zorvani Kelutam']) {
      expect(normalisasiNama(v).kunci, v).toBe(kunci);
    }
  });

  it('unifies the spelled-out forms of common words', () => {
    expect(normalisasiNama('PT Brelomi Tasvari Intl').kunci).toBe(normalisasiNama('PT Brelomi Tasvari Internasional').kunci);
    expect(normalisasiNama("Brelomi Tasvari Int'l").kunci).toBe(normalisasiNama('Brelomi Tasvari International').kunci);
  });
});

describe('the registry as dated events', () => {
  const e = (nama: string) => registri.entitas.find((x) => x.kunci === normalisasiNama(nama).kunci);

  it('takes the current status from the latest event', () => {
    expect(e('Brelomi Tasvari Internasional')?.status).toBe('dicabut');
    expect(e('Quendaro Mabilu Sentosa')?.status).toBe('aktif');
    expect(e('Quendaro Mabilu Sentosa')?.bertentangan).toBe(true);
    expect(e('Quendaro Mabilu Sentosa')?.riwayat.map((p) => p.tanggal_status)).toEqual(['2025-10-03', '2017-01-17']);
  });

  it('treats a licence past its valid-until date as expired', () => {
    expect(e('Quendaro Mabilu')?.status).toBe('kedaluwarsa');
  });

  it('keeps the offices of a company, so a branch in a province can be shown', () => {
    expect(e('Zorvani Kelutam')?.kantor.map((k) => k.provinsi)).toContain('Nusa Tenggara Timur');
  });
});

describe('verdicts', () => {
  it('terdaftar: exactly one active company after normalisation', () => {
    const h = cek('p.t. zorvani  KELUTAM');
    expect(h.verdict).toBe('terdaftar');
    expect(h.cocok.map((k) => k.entitas.nama)).toEqual(['PT Zorvani Kelutam']);
  });

  it('terdaftar by licence number, whatever its spacing or case', () => {
    const h = cek('sint/0001/2026');
    expect(h.verdict).toBe('terdaftar');
    expect(h.lewatNomorIzin).toBe(true);
  });

  it('izin_tidak_aktif: exact name of a revoked, or expired, licence', () => {
    expect(cek('PT Brelomi Tasvari Internasional').verdict).toBe('izin_tidak_aktif');
    expect(cek('Quendaro Mabilu').verdict).toBe('izin_tidak_aktif');
  });

  it('status_tidak_diketahui: exact name whose latest event does not say', () => {
    expect(cek('Ilvarosa Dentu').verdict).toBe('status_tidak_diketahui');
  });

  it('mirip: a typo finds the licensed name first, and asks, never confirms', () => {
    const h = cek('PT Zorvani Kelutan');
    expect(h.verdict).toBe('mirip');
    expect(h.cocok[0]?.entitas.nama).toBe('PT Zorvani Kelutam');
  });

  it('mirip: a partial name shows every close candidate, best first', () => {
    const h = cek('Quendaro');
    expect(h.verdict).toBe('mirip');
    expect(h.cocok.map((k) => k.entitas.nama)).toEqual(['PT Quendaro Mabilu', 'PT Quendaro Mabilu Sentosa']);
  });

  it('tidak_ditemukan: nothing close', () => {
    const h = cek('PT Xylofon Ubergrun');
    expect(h.verdict).toBe('tidak_ditemukan');
    expect(h.cocok).toEqual([]);
  });
});

describe('the safety rule: similarity never makes terdaftar', () => {
  it.each(['PT Zorvani Kelutam Abadi', 'Zorvani Kelutam Jaya', 'PT Zorvani Kelutem', 'Kelutam Zorvani', 'PT Zorvani'])(
    '%s is not terdaftar',
    (decoy) => {
      expect(cek(decoy).verdict).not.toBe('terdaftar');
    },
  );

  it('a decoy one word away shows the licensed name as a candidate to compare', () => {
    expect(cek('PT Zorvani Kelutam Abadi').cocok[0]?.entitas.nama).toBe('PT Zorvani Kelutam');
  });

  it('an exact match also warns about registered look-alikes', () => {
    expect(cek('Quendaro Mabilu Sentosa').lainMirip.map((k) => k.entitas.nama)).toContain('PT Quendaro Mabilu');
  });
});

describe('input that cannot be checked gets one clear sentence', () => {
  it.each([
    ['', /Tulis nama/],
    ['    ', /Tulis nama/],
    ['😀🚀', /huruf atau angka/],
    ['PT', /bukan hanya bentuk badan usaha/],
    ['x'.repeat(10_000), /terlalu panjang/],
  ])('%j', (q, pesan) => {
    expect(() => cek(q)).toThrow(MasukanTidakSah);
    expect(() => cek(q)).toThrow(pesan);
  });
});

describe('registry CSV', () => {
  it('reports every bad row with its line number and reason', () => {
    const { baris: ok, galat } = bacaCsvRegistri(
      'nama,status,sumber,tanggal_status\nPT Satu,aktif,x,2026-02-30\n,dicabut,y,\nPT Tiga,hidup,z,\nPT Empat,dicabut,,\nPT Lima,aktif,w,2026\n',
    );
    expect(galat.map((g) => g.baris)).toEqual([2, 3, 4, 5]);
    expect(galat[0]?.alasan).toMatch(/tanggal_status "2026-02-30"/);
    expect(galat[2]?.alasan).toMatch(/status "hidup" tidak dikenal/);
    expect(galat[3]?.alasan).toMatch(/sumber kosong/);
    expect(ok.map((b) => b.nama)).toEqual(['PT Lima']);
  });

  it('accepts headers of official exports and their status words', () => {
    const { baris: ok, galat } = bacaCsvRegistri('Nama Perusahaan,Nomor SIP3MI,Status Izin,Provinsi,Sumber\nPT Satu,1/2/3,Tidak Aktif,NTT,ekspor\n');
    expect(galat).toEqual([]);
    expect(ok[0]).toMatchObject({ nama: 'PT Satu', nomor_izin: '1/2/3', status: 'tidak_aktif', provinsi: 'NTT' });
  });

  it('refuses a file without the required columns', () => {
    expect(bacaCsvRegistri('perusahaan,kota\nPT Satu,Kupang\n').galat).toEqual([{ baris: 1, alasan: 'kolom wajib tidak ada: status, sumber' }]);
  });
});
