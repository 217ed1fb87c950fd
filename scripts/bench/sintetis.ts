/**
 * Synthetic recruiter registry and labelled query sets for the matcher benchmark.
 * Everything is generated in memory from a seed; nothing is written to data/.
 *
 * Company names are built from invented syllables ("PT Zorvani Kelutam Abrest") so nobody can
 * mistake them for real firms; words that occur in the real registry or are common in
 * Indonesian company names are rejected, and every name is unique after normalisation.
 */
import { normalisasiNama, type BarisRegistri, type Snapshot } from '../../src/lib/perekrut';

/** mulberry32: small, fast, good enough for test data. */
export function buatAcak(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Acak {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = buatAcak(seed);
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pilih<T>(daftar: readonly T[]): T {
    if (daftar.length === 0) throw new Error('pilih() dari daftar kosong');
    return daftar[this.int(daftar.length)] as T;
  }
  peluang(p: number): boolean {
    return this.next() < p;
  }
  acakUrut<T>(daftar: T[]): T[] {
    for (let i = daftar.length - 1; i > 0; i -= 1) {
      const j = this.int(i + 1);
      [daftar[i], daftar[j]] = [daftar[j] as T, daftar[i] as T];
    }
    return daftar;
  }
}

const AWAL = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'kr', 'tr', 'vr', 'zr', 'gl', 'pl', 'sk', 'st'];
const VOKAL = ['a', 'e', 'i', 'o', 'u'];
const AKHIR = ['', '', '', '', 'n', 'r', 'l', 'm', 's', 't', 'k', 'st', 'rv'];

/**
 * Words that must never appear in a synthetic name: legal forms and the normaliser's
 * abbreviations (they would vanish or change), the decoy words, and common words in
 * Indonesian company names. Words of the real registry are added at run time.
 */
const KATA_TERLARANG = new Set(
  [
    'pt',
    'cv',
    'ud',
    'pd',
    'firma',
    'koperasi',
    'yayasan',
    'tbk',
    'persero',
    'perseroan',
    'terbatas',
    'intl',
    'international',
    'internasional',
    'and',
    'dan',
    'abadi',
    'jaya',
    'mandiri',
    'sejahtera',
    'makmur',
    'sentosa',
    'karya',
    'bina',
    'utama',
    'perkasa',
    'gemilang',
    'mulia',
    'sukses',
    'indonesia',
    'nusantara',
    'global',
    'prima',
    'sarana',
    'tenaga',
    'kerja',
    'putra',
    'putri',
    'bersama',
    'lestari',
    'cipta',
    'graha',
    'mitra',
    'duta',
    'bumi',
    'sinar',
    'cahaya',
    'agung',
    'anugerah',
    'berkah',
    'harapan',
    'persada',
    'pratama',
    'perdana',
    'bangsa',
    'buana',
    'citra',
    'mega',
    'multi',
    'inti',
    'group',
    'grup',
    'corp',
    'maju',
    'baru',
    'timur',
    'barat',
    'selatan',
    'utara',
    'raya',
    'mas',
    'emas',
    'intan',
    'permata',
    'samudra',
    'samudera',
    'teknik',
    'solusi',
    'sumber',
    'daya',
    'manusia',
    'insani',
    'satu',
    'dua',
    'tiga',
    'empat',
    'lima',
    'setia',
    'bakti',
    'bhakti',
    'tunggal',
    'adi',
    'eka',
    'dwi',
    'tri',
    'catur',
    'panca',
    'sapta',
    'asia',
    'pasifik',
    'pacific',
    'sakura',
    'rahmat',
    'amanah',
    'hidayah',
    'barokah',
    'berkat',
    'kurnia',
    'rezeki',
    'rizki',
    'lintas',
    'benua',
    'negeri',
    'kota',
    'desa',
    'kupang',
    'timor',
    'flores',
    'sumba',
    'kutai',
    'lombok',
    'jakarta',
    'bekasi',
    'surabaya',
    'bandung',
    'medan',
    'malang',
    'batam',
    'borneo',
    'kaltim',
    'sabar',
    'sehat',
    'tekun',
    'tulus',
    'mulya',
    'bintang',
    'bulan',
    'matahari',
    'tanah',
    'air',
    'laut',
    'gunung',
    'sungai',
    'taman',
    'sari',
    'kencana',
    'wisata',
    'wira',
    'satria',
    'garuda',
    'rajawali',
    'elang',
    'merpati',
    'tama',
    'sentral',
    'central',
    'mitrasinergi',
    'mulia',
    'lestari',
    'prestasi',
    'selaras',
    'sinergi',
    'integritas',
  ].map((k) => k.toLowerCase()),
);

export interface OpsiSintetis {
  n?: number;
  seed?: number;
  /** Names of real companies: none of their words may appear in a synthetic name. */
  namaNyata?: readonly string[];
  /** The day the registry is read, for licence dates. */
  hariIni?: string;
}

export interface PerusahaanSintetis {
  nama: string;
  kata: string[];
  kunci: string;
  aktif: boolean;
  nomorIzin: string;
}

export interface RegistriSintetis {
  snapshot: Snapshot;
  perusahaan: PerusahaanSintetis[];
  /** Normalised keys of all registered names. */
  kunci: Set<string>;
  /** Words used in names (for making sure a decoy word is new). */
  kataDipakai: Set<string>;
  terlarang: Set<string>;
  acak: Acak;
}

function besar(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

function tanggal(acak: Acak, dari: number, sampai: number): string {
  const th = dari + acak.int(sampai - dari + 1);
  const bl = 1 + acak.int(12);
  const hr = 1 + acak.int(28);
  return `${th}-${String(bl).padStart(2, '0')}-${String(hr).padStart(2, '0')}`;
}

export function buatKata(acak: Acak, terlarang: ReadonlySet<string>): string {
  for (;;) {
    const suku = 2 + (acak.peluang(0.35) ? 1 : 0);
    let w = acak.peluang(0.15) ? acak.pilih(VOKAL) : '';
    for (let s = 0; s < suku; s += 1) {
      w += acak.pilih(AWAL) + acak.pilih(VOKAL);
      if (s === suku - 1 || acak.peluang(0.3)) w += acak.pilih(AKHIR);
    }
    if (w.length < 4 || w.length > 10) continue;
    if (terlarang.has(w)) continue;
    return w;
  }
}

function barisDasar(nama: string): Omit<BarisRegistri, 'jenis_kantor' | 'nomor_izin' | 'tanggal_izin' | 'berlaku_sampai' | 'status' | 'tanggal_status'> {
  return {
    nama,
    alamat: '',
    kabupaten_kota: '',
    provinsi: '',
    sumber: 'Data sintetis untuk benchmark',
    sumber_url: '',
    catatan: 'Sintetis: nama dibuat dari suku kata karangan; bukan perusahaan nyata.',
  };
}

/** N invented companies, ~85% active, the rest revoked or suspended after being licensed. */
export function buatRegistriSintetis(opsi: OpsiSintetis = {}): RegistriSintetis {
  const n = opsi.n ?? 10_000;
  const acak = new Acak(opsi.seed ?? 20261122);
  const terlarang = new Set(KATA_TERLARANG);
  for (const nama of opsi.namaNyata ?? []) for (const t of normalisasiNama(nama).token) terlarang.add(t);
  const kunci = new Set<string>();
  const kataDipakai = new Set<string>();
  const perusahaan: PerusahaanSintetis[] = [];
  const baris: BarisRegistri[] = [];
  while (perusahaan.length < n) {
    const r = acak.next();
    const jumlahKata = r < 0.4 ? 2 : r < 0.8 ? 3 : 4;
    const kata = Array.from({ length: jumlahKata }, () => buatKata(acak, terlarang));
    const nama = `PT ${kata.map(besar).join(' ')}`;
    const k = normalisasiNama(nama).kunci;
    if (kunci.has(k) || new Set(kata).size !== kata.length) continue;
    kunci.add(k);
    for (const w of kata) kataDipakai.add(w);
    const i = perusahaan.length + 1;
    const nomorIzin = `SINT/${String(i).padStart(4, '0')}/2026`;
    const aktif = acak.peluang(0.85);
    const tanggalIzin = tanggal(acak, 2015, 2022);
    const berlaku = tanggal(acak, 2027, 2031);
    perusahaan.push({ nama, kata, kunci: k, aktif, nomorIzin });
    baris.push({
      ...barisDasar(nama),
      jenis_kantor: 'p3mi_pusat',
      nomor_izin: nomorIzin,
      tanggal_izin: tanggalIzin,
      berlaku_sampai: berlaku,
      status: 'aktif',
      tanggal_status: tanggalIzin,
    });
    if (!aktif) {
      baris.push({
        ...barisDasar(nama),
        jenis_kantor: 'p3mi_pusat',
        nomor_izin: nomorIzin,
        tanggal_izin: tanggalIzin,
        berlaku_sampai: berlaku,
        status: acak.peluang(0.6) ? 'dicabut' : 'dibekukan',
        tanggal_status: tanggal(acak, 2023, 2025),
      });
    } else if (acak.peluang(0.1)) {
      baris.push({
        ...barisDasar(nama),
        jenis_kantor: 'p3mi_cabang',
        nomor_izin: nomorIzin,
        tanggal_izin: tanggalIzin,
        berlaku_sampai: berlaku,
        status: 'aktif',
        tanggal_status: tanggalIzin,
        kabupaten_kota: 'Kota Kupang',
        provinsi: 'Nusa Tenggara Timur',
      });
    }
  }
  const snapshot: Snapshot = {
    provenans: {
      id: 'sintetis',
      judul: 'Registri sintetis untuk benchmark',
      // As if exported from the official list: only then can a name be terdaftar.
      jenis: 'ekspor_resmi',
      tanggal: opsi.hariIni ?? '2026-11-22',
      asal: 'scripts/bench/sintetis.ts (dibuat saat dijalankan)',
      cara_memperbarui: '',
      catatan: 'Bukan data nyata.',
    },
    baris,
  };
  return { snapshot, perusahaan, kunci, kataDipakai, terlarang, acak };
}

export type NamaSet = 'format' | 'typo' | 'urutan' | 'umpan';

export interface Kueri {
  set: NamaSet;
  /** Finer kind, for the breakdown: 'P.T.', 'substitusi', 'tukar', 'tambah kata', ... */
  jenis: string;
  query: string;
  /** Key of the registered company the query was made from. */
  target: string;
}

export interface SetKueri {
  format: Kueri[];
  typo: Kueri[];
  urutan: Kueri[];
  umpan: Kueri[];
  /** Variants dropped because they equal another registered name after normalisation. */
  dibuang: Record<NamaSet, number>;
}

const JENIS_FORMAT = ['huruf', 'P.T.', 'PT.', 'tanpa PT', 'Perseroan Terbatas', 'spasi lebih', 'tanda baca', 'spasi hilang'] as const;

function hurufAcak(acak: Acak, s: string): string {
  let h = '';
  for (const c of s) h += acak.peluang(0.5) ? c.toUpperCase() : c.toLowerCase();
  return h;
}

function ubahHuruf(acak: Acak, s: string): string {
  switch (acak.int(4)) {
    case 0:
      return s.toUpperCase();
    case 1:
      return s.toLowerCase();
    case 2:
      return hurufAcak(acak, s);
    default:
      return s;
  }
}

function varianFormat(acak: Acak, kata: string[], jenis: (typeof JENIS_FORMAT)[number]): string {
  const w = kata.map(besar);
  const nama = w.join(' ');
  switch (jenis) {
    case 'huruf': {
      const pilihan = [`PT ${nama}`.toUpperCase(), `pt ${nama}`.toLowerCase(), hurufAcak(acak, `PT ${nama}`), `Pt ${nama}`];
      return acak.pilih(pilihan);
    }
    case 'P.T.':
      return ubahHuruf(acak, acak.peluang(0.5) ? `P.T. ${nama}` : `P. T. ${nama}`);
    case 'PT.':
      return ubahHuruf(acak, acak.peluang(0.5) ? `PT. ${nama}` : `PT.${nama}`);
    case 'tanpa PT':
      return ubahHuruf(acak, nama);
    case 'Perseroan Terbatas':
      return ubahHuruf(acak, acak.pilih([`${nama} Perseroan Terbatas`, `${nama}, Perseroan Terbatas`, `Perseroan Terbatas ${nama}`]));
    case 'spasi lebih': {
      const sela = w.map((x, i) => (i === 0 ? x : ' '.repeat(1 + acak.int(3)) + x)).join('');
      return ubahHuruf(acak, `${' '.repeat(acak.int(3))}PT${' '.repeat(1 + acak.int(3))}${sela}${' '.repeat(acak.int(3))}`);
    }
    case 'tanda baca': {
      const gaya = acak.int(5);
      if (gaya === 0) return ubahHuruf(acak, `PT ${w.join(', ')}.`);
      if (gaya === 1) return ubahHuruf(acak, `PT ${w.join('-')}`);
      if (gaya === 2) return ubahHuruf(acak, `"PT ${nama}"`);
      if (gaya === 3) return ubahHuruf(acak, `(PT) ${w.join('.')}`);
      return ubahHuruf(acak, `PT. ${w.join(acak.peluang(0.5) ? ' / ' : ' - ')}`);
    }
    case 'spasi hilang': {
      const i = acak.int(w.length - 1);
      const gabung = [...w.slice(0, i), `${w[i] as string}${(w[i + 1] as string).toLowerCase()}`, ...w.slice(i + 2)];
      return ubahHuruf(acak, `PT ${gabung.join(' ')}`);
    }
  }
}

const HURUF = 'abcdefghijklmnopqrstuvwxyz';

/** One edit inside a word of five or more letters; returns null when the word is too short. */
function salahKetik(acak: Acak, w: string): { kata: string; jenis: string } | null {
  if (w.length < 5) return null;
  for (;;) {
    const op = acak.int(4);
    if (op === 0) {
      const i = acak.int(w.length);
      const c = acak.pilih([...HURUF].filter((h) => h !== w[i]));
      return { kata: w.slice(0, i) + c + w.slice(i + 1), jenis: 'substitusi' };
    }
    if (op === 1) {
      const i = acak.int(w.length);
      return { kata: w.slice(0, i) + w.slice(i + 1), jenis: 'hapus' };
    }
    if (op === 2) {
      const i = acak.int(w.length + 1);
      return { kata: w.slice(0, i) + acak.pilih([...HURUF]) + w.slice(i), jenis: 'sisip' };
    }
    const posisi = [...Array(w.length - 1).keys()].filter((i) => w[i] !== w[i + 1]);
    if (posisi.length === 0) continue;
    const i = acak.pilih(posisi);
    return { kata: w.slice(0, i) + (w[i + 1] as string) + (w[i] as string) + w.slice(i + 2), jenis: 'transposisi' };
  }
}

const KATA_UMPAN = ['Abadi', 'Jaya', 'Internasional'];

/** The same words in another legal form or with a suffix the registry does not spell: other entities. */
const BENTUK_UMPAN: readonly ((nama: string) => string)[] = [
  (n) => `CV ${n}`,
  (n) => `C.V. ${n}`,
  (n) => `${n}, CV`,
  (n) => `PT ${n} Tbk`,
  (n) => `PT ${n} (Persero)`,
  (n) => `UD ${n}`,
  (n) => `Koperasi ${n}`,
];

/** The four labelled sets, all derived from registered names. */
export function buatKueri(reg: RegistriSintetis, seed = 7): SetKueri {
  const acak = new Acak(seed);
  const hasil: SetKueri = { format: [], typo: [], urutan: [], umpan: [], dibuang: { format: 0, typo: 0, urutan: 0, umpan: 0 } };
  const tambah = (set: NamaSet, jenis: string, query: string, target: string): void => {
    const k = normalisasiNama(query).kunci;
    // A variant that is another registered name is not a variant of this one.
    if (k !== target && reg.kunci.has(k)) {
      hasil.dibuang[set] += 1;
      return;
    }
    hasil[set].push({ set, jenis, query, target });
  };
  let putar = 0;
  for (const p of reg.perusahaan) {
    const kata = p.kata;
    // (a) formatting: two variants per active company, kinds in rotation.
    if (p.aktif) {
      for (let v = 0; v < 2; v += 1) {
        const jenis = JENIS_FORMAT[putar % JENIS_FORMAT.length] as (typeof JENIS_FORMAT)[number];
        putar += 1;
        tambah('format', jenis, varianFormat(acak, kata, jenis), p.kunci);
      }
    }
    // (b) one typo in one word of >= 5 letters.
    const panjang = kata.map((w, i) => ({ w, i })).filter((x) => x.w.length >= 5);
    if (panjang.length > 0) {
      const { w, i } = acak.pilih(panjang);
      const salah = salahKetik(acak, w);
      if (salah) {
        const baru = [...kata];
        baru[i] = salah.kata;
        const q = `PT ${baru.map(besar).join(' ')}`;
        if (normalisasiNama(q).kunci === p.kunci) hasil.dibuang.typo += 1;
        else tambah('typo', salah.jenis, q, p.kunci);
      }
    }
    // (c) two words swapped; the last word missing.
    {
      const i = acak.int(kata.length);
      let j = acak.int(kata.length - 1);
      if (j >= i) j += 1;
      const tukar = [...kata];
      [tukar[i], tukar[j]] = [tukar[j] as string, tukar[i] as string];
      tambah('urutan', 'tukar urutan', `PT ${tukar.map(besar).join(' ')}`, p.kunci);
      tambah('urutan', 'kata terakhir hilang', `PT ${kata.slice(0, -1).map(besar).join(' ')}`, p.kunci);
    }
    // (d) decoys: an extra word, or one word replaced by another invented word.
    {
      const ekstra = acak.pilih(KATA_UMPAN);
      const q = acak.peluang(0.8) ? `PT ${kata.map(besar).join(' ')} ${ekstra}` : `PT ${ekstra} ${kata.map(besar).join(' ')}`;
      tambah('umpan', `tambah "${ekstra}"`, q, p.kunci);
      const i = acak.int(kata.length);
      let ganti = buatKata(acak, reg.terlarang);
      while (ganti === kata[i]) ganti = buatKata(acak, reg.terlarang);
      const baru = [...kata];
      baru[i] = ganti;
      tambah('umpan', 'satu kata diganti', `PT ${baru.map(besar).join(' ')}`, p.kunci);
      const bentuk = BENTUK_UMPAN[putar % BENTUK_UMPAN.length] as (nama: string) => string;
      tambah('umpan', 'bentuk badan usaha lain', bentuk(kata.map(besar).join(' ')), p.kunci);
    }
  }
  return hasil;
}

/**
 * Names made only of invented words that occur in no registered name: nothing should be
 * found for them. Informational (no target): counts how often similarity alone says `mirip`.
 */
export function buatNamaAsing(reg: RegistriSintetis, n = 5000, seed = 99): string[] {
  const acak = new Acak(seed);
  const hasil: string[] = [];
  while (hasil.length < n) {
    const kata = Array.from({ length: 2 + acak.int(3) }, () => buatKata(acak, reg.terlarang));
    if (kata.some((w) => reg.kataDipakai.has(w)) || new Set(kata).size !== kata.length) continue;
    const q = `PT ${kata.map(besar).join(' ')}`;
    if (reg.kunci.has(normalisasiNama(q).kunci)) continue;
    hasil.push(q);
  }
  return hasil;
}
