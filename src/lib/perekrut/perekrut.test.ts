import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRegistriCsv, sameDayConflicts } from './csv';
import { buildRegistri, createMatcher, coverage, InvalidQuery, normalizeName, type BarisRegistri, type JenisSnapshot, type Provenans, type Snapshot } from '.';

const provenans = JSON.parse(readFileSync('tests/fixtures/registri-sintetis.json', 'utf8')) as Provenans;
const { baris } = readRegistriCsv(readFileSync('tests/fixtures/registri-sintetis.csv', 'utf8'));
const registri = buildRegistri([{ provenans, baris }], '2026-11-22');
const { cek } = createMatcher(registri);

/** A snapshot in memory: rows are [name, status, date] (+ optional fields). */
function snapshot(jenis: JenisSnapshot, rows: [string, BarisRegistri['status'], string, Partial<BarisRegistri>?][], id: string = jenis): Snapshot {
  return {
    provenans: { id, judul: id, jenis, tanggal: '2026-11-01', asal: 'uji', cara_memperbarui: '', catatan: '' },
    baris: rows.map(([nama, status, tanggal_status, lain]) => ({
      nama,
      jenis_kantor: 'tidak_diketahui',
      nomor_izin: '',
      tanggal_izin: '',
      berlaku_sampai: '',
      status,
      tanggal_status,
      alamat: '',
      kabupaten_kota: '',
      provinsi: '',
      sumber: `sumber ${id}`,
      sumber_url: '',
      catatan: '',
      ...lain,
    })),
  };
}
const cekDi = (s: Snapshot[], q: string) => createMatcher(buildRegistri(s, '2026-11-22')).cek(q);

describe('when two names are the same firm', () => {
  it('PT, P.T. and Perseroan Terbatas may be written or left out; case, punctuation, diacritics and spacing never matter', () => {
    const kunci = normalizeName('PT Zorvani Kelutam').kunci;
    for (const v of [
      'pt zorvani kelutam',
      'P.T. ZORVANI   KELUTAM',
      'Zorvani Kelutam, PT',
      'Zörvani Kelutam',
      'zorvanikelutam',
      'Perseroan Terbatas Zorvani Kelutam',
      'PT. Zorvani-Kelutam',
    ]) {
      expect(normalizeName(v).kunci, v).toBe(kunci);
    }
  });

  it.each([
    'CV Zorvani Kelutam',
    'C.V. Zorvani Kelutam',
    'Zorvani Kelutam, CV',
    'UD Zorvani Kelutam',
    'Koperasi Zorvani Kelutam',
    'Yayasan Zorvani Kelutam',
    'PT Zorvani Kelutam Tbk',
    'PT Zorvani Kelutam (Persero)',
    'CV PT Zorvani Kelutam',
  ])('%s is another entity than PT Zorvani Kelutam', (v) => {
    expect(normalizeName(v).kunci).not.toBe(normalizeName('PT Zorvani Kelutam').kunci);
    expect(normalizeName(v).inti).toBe('zorvanikelutam');
  });

  it('Tbk and (Persero) match where the registry spells them', () => {
    expect(normalizeName('Zorvani Kelutam Tbk').kunci).toBe(normalizeName('PT. ZORVANI KELUTAM, TBK.').kunci);
    expect(normalizeName('PT Zorvani Kelutam (Persero)').kunci).toBe(normalizeName('Zorvani Kelutam Persero').kunci);
  });

  it('does not translate: International is not Internasional, and is not Intl', () => {
    expect(normalizeName('PT Brelomi Tasvari International').kunci).not.toBe(normalizeName('PT Brelomi Tasvari Internasional').kunci);
    expect(normalizeName('PT Brelomi Tasvari Intl').kunci).not.toBe(normalizeName('PT Brelomi Tasvari Internasional').kunci);
  });

  it('reads old spellings as new ones', () => {
    expect(normalizeName('PT Sumber Djaja').kunci).toBe(normalizeName('PT Sumber Jaya').kunci);
    expect(normalizeName('PT Tjahaja Soeka').kunci).toBe(normalizeName('PT Cahaya Suka').kunci);
    // A word without an old-spelling mark keeps its j.
    expect(normalizeName('PT Jaja').kunci).not.toBe(normalizeName('PT Yaya').kunci);
  });

  it('a word that is a property of Object is an ordinary word', () => {
    expect(normalizeName('PT Constructor Jaya').kunci).toBe('constructorjaya');
    expect(normalizeName('PT Prototype ToString').kunci).toBe('prototypetostring');
  });

  it('a form word inside a name, or after PT, is part of the name', () => {
    expect(normalizeName('PT Koperasi Jaya').kunci).toBe('koperasijaya');
    expect(normalizeName('PT Maju CV Jaya').kunci).toBe('majucvjaya');
  });
});

describe('the registry as dated events', () => {
  const e = (nama: string) => registri.entitas.find((x) => x.kunci === normalizeName(nama).kunci);

  it('takes the status from the newest event', () => {
    expect(e('Brelomi Tasvari Internasional')?.status).toBe('dicabut');
    expect(e('Zorvani Kelutam')?.status).toBe('aktif');
  });

  it('a revocation followed only by a public statement stays a revocation, with the statement beside it', () => {
    const q = e('Quendaro Mabilu Sentosa');
    expect(q?.status).toBe('dicabut');
    expect(q?.bertentangan).toBe(true);
    expect(q?.disebutSesudah.map((p) => p.tanggal_status)).toEqual(['2025-10-03']);
    expect(q?.riwayat.map((p) => p.tanggal_status)).toEqual(['2025-10-03', '2017-01-17']);
  });

  it('treats a licence past its valid-until date as expired', () => {
    expect(e('Quendaro Mabilu')?.status).toBe('kedaluwarsa');
  });

  it('keeps the offices of a company, so a branch in a province can be shown', () => {
    expect(e('Zorvani Kelutam')?.kantor.map((k) => k.provinsi)).toContain('Nusa Tenggara Timur');
  });

  it('keeps a revoked PT and an active CV of the same words apart', () => {
    const r = buildRegistri(
      [
        snapshot('ekspor_resmi', [
          ['PT Omnivel Sarta', 'dicabut', '2026-03-01'],
          ['CV Omnivel Sarta', 'aktif', '2026-04-01'],
        ]),
      ],
      '2026-11-22',
    );
    expect(r.entitas.map((x) => [x.nama, x.status])).toEqual([
      ['CV Omnivel Sarta', 'aktif'],
      ['PT Omnivel Sarta', 'dicabut'],
    ]);
  });

  it('counts how many firms rest on an official list and how many on public statements only', () => {
    const r = buildRegistri(
      [
        snapshot('ekspor_resmi', [['PT Satu Sintetis', 'aktif', '2026-01-01']]),
        snapshot('kompilasi_publik', [
          ['PT Satu Sintetis', 'disebut_berizin', '2025-01-01'],
          ['PT Dua Sintetis', 'dicabut', '2025-01-01'],
        ]),
      ],
      '2026-11-22',
    );
    const c = coverage(r);
    expect([c.resmi, c.publik]).toEqual([1, 1]);
    expect(c.snapshot.map((s) => [s.id, s.perusahaan])).toEqual([
      ['ekspor_resmi', 1],
      ['kompilasi_publik', 2],
    ]);
  });
});

describe('evidence decides how strong a verdict is', () => {
  it('an exact name whose only good news is a public statement is disebut_berizin, never terdaftar', () => {
    const s = snapshot('kompilasi_publik', [['PT Omnivel Sarta', 'disebut_berizin', '2025-05-01']]);
    expect(cekDi([s], 'PT Omnivel Sarta').verdict).toBe('disebut_berizin');
  });

  it('"aktif" in a public compilation is still only a public statement', () => {
    const s = snapshot('kompilasi_publik', [['PT Omnivel Sarta', 'aktif', '2025-05-01']]);
    expect(cekDi([s], 'PT Omnivel Sarta').verdict).toBe('disebut_berizin');
  });

  it('the same name in an official export is terdaftar', () => {
    const s = snapshot('ekspor_resmi', [['PT Omnivel Sarta', 'aktif', '2025-05-01']]);
    expect(cekDi([s], 'PT Omnivel Sarta').verdict).toBe('terdaftar');
  });

  it('a public statement after an official listing does not weaken it; a public revocation after it does', () => {
    const resmi = snapshot('ekspor_resmi', [['PT Omnivel Sarta', 'aktif', '2026-01-01']]);
    expect(cekDi([resmi, snapshot('kompilasi_publik', [['PT Omnivel Sarta', 'disebut_berizin', '2026-03-01']])], 'Omnivel Sarta').verdict).toBe('terdaftar');
    expect(cekDi([resmi, snapshot('kompilasi_publik', [['PT Omnivel Sarta', 'dicabut', '2026-03-01']])], 'Omnivel Sarta').verdict).toBe('izin_tidak_aktif');
  });

  it('an official listing after a revocation restores the licence; a public statement does not', () => {
    const cabut = snapshot('kompilasi_publik', [['PT Omnivel Sarta', 'dicabut', '2024-01-01']]);
    expect(cekDi([cabut, snapshot('ekspor_resmi', [['PT Omnivel Sarta', 'aktif', '2026-01-01']])], 'Omnivel Sarta').verdict).toBe('terdaftar');
    expect(
      cekDi(
        [
          snapshot('kompilasi_publik', [
            ['PT Omnivel Sarta', 'dicabut', '2024-01-01'],
            ['PT Omnivel Sarta', 'disebut_berizin', '2026-01-01'],
          ]),
        ],
        'Omnivel Sarta',
      ).verdict,
    ).toBe('izin_tidak_aktif');
  });

  it.each([
    [
      'dicabut first',
      [
        ['PT Omnivel Sarta', 'dicabut', '2026-05-01'],
        ['PT Omnivel Sarta', 'aktif', '2026-05-01'],
      ],
    ],
    [
      'aktif first',
      [
        ['PT Omnivel Sarta', 'aktif', '2026-05-01'],
        ['PT Omnivel Sarta', 'dicabut', '2026-05-01'],
      ],
    ],
  ] as const)('on one date, the adverse event wins whatever the row order (%s)', (_l, rows) => {
    expect(cekDi([snapshot('ekspor_resmi', rows.map((r) => [...r]) as [string, BarisRegistri['status'], string][])], 'PT Omnivel Sarta').verdict).toBe('izin_tidak_aktif');
  });

  it('an official active listing past its valid-until date is not terdaftar', () => {
    const s = snapshot('ekspor_resmi', [['PT Omnivel Sarta', 'aktif', '2024-01-01', { berlaku_sampai: '2025-01-01' }]]);
    expect(cekDi([s], 'PT Omnivel Sarta').verdict).toBe('izin_tidak_aktif');
  });
});

describe('legal forms in what people type', () => {
  const resmi = snapshot('ekspor_resmi', [
    ['PT Contoh Sarana Internasional', 'aktif', '2026-01-01'],
    ['PT Arni Sintetis Family', 'aktif', '2026-01-01'],
  ]);
  const { cek: cekResmi } = createMatcher(buildRegistri([resmi], '2026-11-22'));

  it.each([
    'CV Arni Sintetis Family',
    'C.V. Arni Sintetis Family',
    'PT Arni Sintetis Family Tbk',
    'Arni Sintetis Family (Persero)',
    'UD Arni Sintetis Family',
    'Contoh Sarana International',
    'PT Contoh Sarana Intl',
  ])('%s is never terdaftar, and shows the licensed PT to compare', (q) => {
    const h = cekResmi(q);
    expect(h.verdict).toBe('mirip');
    expect(h.cocok[0]?.entitas.nama).toMatch(/^PT (Arni Sintetis Family|Contoh Sarana Internasional)$/);
    expect(h.cocok[0]?.skor).toBeLessThan(1);
  });

  it('a CV gets the warning that a P3MI must be a PT', () => {
    expect(cekResmi('CV Arni Sintetis Family').peringatan).toEqual(['bentuk_bukan_pt', 'bentuk_berbeda']);
    expect(cekResmi('PT Arni Sintetis Family Tbk').peringatan).toEqual(['bentuk_berbeda']);
    expect(cekResmi('PT Arni Sintetis Family').peringatan).toEqual([]);
  });
});

describe('the importer refuses impossible dates and reports same-day conflicts', () => {
  it('refuses an event dated after its snapshot, naming the line', () => {
    const { galat } = readRegistriCsv('nama,status,tanggal_status,sumber\nPT Satu,dicabut,2026-02-01,x\nPT Satu,aktif,2062-02-01,x\n', { tanggalSnapshot: '2026-11-01' });
    expect(galat).toEqual([{ baris: 3, alasan: 'tanggal_status "2062-02-01" sesudah tanggal snapshot 2026-11-01; periksa tahunnya' }]);
  });

  it('lists rows that disagree on one date, with their lines', () => {
    const { baris: b, nomorBaris } = readRegistriCsv('nama,status,tanggal_status,sumber\nPT Satu,aktif,2026-05-01,x\nPT Dua,aktif,2026-05-01,x\nP.T. SATU,dicabut,2026-05-01,y\n');
    expect(sameDayConflicts(b, nomorBaris)).toEqual([{ nama: 'P.T. SATU', tanggal: '2026-05-01', baris: [2, 4] }]);
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
  it.each(['PT Zorvani Kelutam Abadi', 'Zorvani Kelutam Jaya', 'PT Zorvani Kelutem', 'Kelutam Zorvani', 'PT Zorvani'])('%s is not terdaftar', (decoy) => {
    expect(cek(decoy).verdict).not.toBe('terdaftar');
  });

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
    expect(() => cek(q)).toThrow(InvalidQuery);
    expect(() => cek(q)).toThrow(pesan);
  });
});

describe('registry CSV', () => {
  it('reports every bad row with its line number and reason', () => {
    const { baris: ok, galat } = readRegistriCsv(
      'nama,status,sumber,tanggal_status\nPT Satu,aktif,x,2026-02-30\n,dicabut,y,\nPT Tiga,hidup,z,\nPT Empat,dicabut,,\nPT Lima,aktif,w,2026\n',
    );
    expect(galat.map((g) => g.baris)).toEqual([2, 3, 4, 5]);
    expect(galat[0]?.alasan).toMatch(/tanggal_status "2026-02-30"/);
    expect(galat[2]?.alasan).toMatch(/status "hidup" tidak dikenal/);
    expect(galat[3]?.alasan).toMatch(/sumber kosong/);
    expect(ok.map((b) => b.nama)).toEqual(['PT Lima']);
  });

  it('accepts headers of official exports and their status words', () => {
    const { baris: ok, galat } = readRegistriCsv('Nama Perusahaan,Nomor SIP3MI,Status Izin,Provinsi,Sumber\nPT Satu,1/2/3,Tidak Aktif,NTT,ekspor\n');
    expect(galat).toEqual([]);
    expect(ok[0]).toMatchObject({ nama: 'PT Satu', nomor_izin: '1/2/3', status: 'tidak_aktif', provinsi: 'NTT' });
  });

  it('refuses a file without the required columns', () => {
    expect(readRegistriCsv('perusahaan,kota\nPT Satu,Kupang\n').galat).toEqual([{ baris: 1, alasan: 'kolom wajib tidak ada: status, sumber' }]);
  });
});

describe('the shipped public compilation', () => {
  // Loaded as the site and the command line load it.
  const dikirim = JSON.parse(readFileSync('data/perekrut/kompilasi-publik.json', 'utf8')) as Provenans;
  const barisDikirim = readRegistriCsv(readFileSync('data/perekrut/kompilasi-publik.csv', 'utf8')).baris;
  const nama = [...new Set(barisDikirim.map((b) => b.nama))];

  it('is a public compilation, and no name in it is answered terdaftar', () => {
    expect(dikirim.jenis).toBe('kompilasi_publik');
    const { cek: cekDikirim } = createMatcher(buildRegistri([{ provenans: dikirim, baris: barisDikirim }], '2026-12-01'));
    const verdict = nama.map((n) => cekDikirim(n).verdict);
    expect(verdict).not.toContain('terdaftar');
    // The firms named as licensed are there, with the weaker verdict.
    expect(verdict.filter((v) => v === 'disebut_berizin').length).toBeGreaterThan(10);
  });

  it('the same names in an official export that lists them as active are terdaftar', () => {
    const publik = createMatcher(buildRegistri([{ provenans: dikirim, baris: barisDikirim }], '2026-12-01'));
    const disebut = nama.filter((n) => publik.cek(n).verdict === 'disebut_berizin');
    const ekspor: Snapshot = {
      provenans: { ...dikirim, id: 'ekspor-uji', jenis: 'ekspor_resmi', tanggal: '2026-12-01' },
      baris: disebut.map((n) => ({ ...barisDikirim.find((b) => b.nama === n)!, status: 'aktif', tanggal_status: '2026-12-01' })),
    };
    const { cek: cekResmi } = createMatcher(buildRegistri([{ provenans: dikirim, baris: barisDikirim }, ekspor], '2026-12-01'));
    expect(disebut.map((n) => cekResmi(n).verdict)).toEqual(disebut.map(() => 'terdaftar'));
  });
});
