/**
 * Reading and writing registry CSV files. Every row is checked; every bad row is reported with
 * its line number and reason, so a person fixing a spreadsheet sees all problems at once.
 * Header names are matched loosely (case, spaces) and a few headers seen in official exports
 * are accepted as aliases.
 */
import { parse } from 'csv-parse/sync';
import { normalizeName } from './normalize';
import { comparePeristiwa, conflictsSameDay, JENIS_KANTOR, STATUS_PERISTIWA, type BarisRegistri, type JenisKantor, type Peristiwa, type StatusPeristiwa } from './registri';

export const KOLOM = [
  'nama',
  'jenis_kantor',
  'nomor_izin',
  'tanggal_izin',
  'berlaku_sampai',
  'status',
  'tanggal_status',
  'alamat',
  'kabupaten_kota',
  'provinsi',
  'sumber',
  'sumber_url',
  'catatan',
] as const satisfies readonly (keyof BarisRegistri)[];

const ALIAS: Record<string, (typeof KOLOM)[number]> = {
  nama_perusahaan: 'nama',
  perusahaan: 'nama',
  nama_p3mi: 'nama',
  jenis: 'jenis_kantor',
  kantor: 'jenis_kantor',
  sip3mi: 'nomor_izin',
  nomor_sip3mi: 'nomor_izin',
  no_izin: 'nomor_izin',
  nomor_izin_sip3mi: 'nomor_izin',
  tanggal_sip3mi: 'tanggal_izin',
  masa_berlaku: 'berlaku_sampai',
  status_izin: 'status',
  kota: 'kabupaten_kota',
  kab_kota: 'kabupaten_kota',
  kabupaten: 'kabupaten_kota',
  url: 'sumber_url',
  keterangan: 'catatan',
};

/** Status words seen in practice, mapped to the closed set. */
const STATUS_ALIAS: Record<string, StatusPeristiwa> = {
  'tidak aktif': 'tidak_aktif',
  nonaktif: 'tidak_aktif',
  skorsing: 'dibekukan',
  'dihentikan sementara': 'dihentikan_sementara',
  'tunda layanan': 'dihentikan_sementara',
  'disebut berizin': 'disebut_berizin',
  berlaku: 'aktif',
  'masa berlaku habis': 'kedaluwarsa',
};

export interface RowError {
  /** Physical line of the file (1 = the header), counting lines inside quoted cells. */
  baris: number;
  alasan: string;
}

export interface ReadResult {
  baris: BarisRegistri[];
  /** The line of each row in `baris`. */
  nomorBaris: number[];
  galat: RowError[];
  /** Not errors, but worth a look: exact duplicate rows. */
  peringatan: RowError[];
}

export interface ReadOptions {
  /**
   * The snapshot's date: an event dated after it cannot be in it (a mistyped year would
   * otherwise outrank every real event), so such a row is refused.
   */
  tanggalSnapshot?: string;
  onProgres?: (selesai: number, total: number) => void;
}

function namaKolom(h: string): string {
  const k = h
    .trim()
    .toLowerCase()
    .replace(/[\s/-]+/g, '_');
  return ALIAS[k] ?? k;
}

const TANGGAL = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

function tanggalSah(t: string): boolean {
  if (!TANGGAL.test(t)) return false;
  const [y, m, d] = t.split('-').map(Number);
  if (!m || !d) return true;
  const x = new Date(Date.UTC(y as number, m - 1, d));
  return x.getUTCMonth() === m - 1 && x.getUTCDate() === d;
}

/** The line where a quoted cell is opened and never closed, or null. */
function barisKutipTerbuka(teks: string): number | null {
  let baris = 1;
  let dalam = false;
  let buka = 0;
  let awalSel = true;
  for (let i = 0; i < teks.length; i += 1) {
    const c = teks[i];
    if (dalam) {
      if (c === '"') {
        if (teks[i + 1] === '"') i += 1;
        else dalam = false;
      } else if (c === '\n') baris += 1;
      continue;
    }
    if (c === '"' && awalSel) {
      dalam = true;
      buka = baris;
    }
    if (c === '\n') baris += 1;
    awalSel = c === ',' || c === '\n' || c === '\r';
  }
  return dalam ? buka : null;
}

// Control characters are what this rule looks for (terminal escapes in a registry cell).
// eslint-disable-next-line no-control-regex -- see above
const KONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/;
const BARIS_BARU = /[\r\n]/;

function tampilKontrol(c: string): string {
  return `U+${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Parses a registry CSV; never throws for bad rows, only collects them, every one at once.
 * The header is a contract: each column names exactly one field.
 */
export function readRegistriCsv(teks: string, opsi: ReadOptions = {}): ReadResult {
  const kosong = (galat: RowError[]): ReadResult => ({ baris: [], nomorBaris: [], galat, peringatan: [] });
  const rekaman: string[][] = [];
  const nomor: number[] = [];
  try {
    parse(teks.replace(/^\uFEFF/, ''), {
      relax_column_count: true,
      skip_empty_lines: true,
      // csv-parse counts the line where a record ends; a record starts that many lines earlier
      // as it holds line breaks inside quoted cells. Rows are collected here, one array each.
      on_record: (record: string[], context: { lines: number }) => {
        rekaman.push(record);
        nomor.push(context.lines - record.reduce((n, sel) => n + (sel.match(/\n/g)?.length ?? 0), 0));
        return null;
      },
    });
  } catch (err) {
    const e = err as { code?: string; lines?: number; message?: string };
    if (e.code === 'CSV_QUOTE_NOT_CLOSED') return kosong([{ baris: barisKutipTerbuka(teks) ?? e.lines ?? 1, alasan: 'tanda kutip dibuka di baris ini dan tidak pernah ditutup' }]);
    const m = /line (\d+)/i.exec(e.message ?? '');
    return kosong([
      { baris: e.lines ?? (m ? Number(m[1]) : 1), alasan: `CSV tidak bisa dibaca: ${(e.message ?? String(err)).replace(/:? ?(the parsing is finished )?.*at line \d+.*$/, '')}` },
    ]);
  }
  return readRegistriRows(rekaman, nomor, opsi);
}

/** A 53-bit hash of a string (cyrb53), to find repeated rows without keeping a copy of each. */
function hash53(teks: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < teks.length; i += 1) {
    const c = teks.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * The row checks, one row at a time, so a large file can be read as a stream. The first row
 * given is the header; `selesai` adds the checks across rows and returns everything found.
 */
export class RegistriReader {
  private kepala: string[] | null = null;
  private kolom: string[] = [];
  private galatKepala: RowError | null = null;
  private readonly galat: RowError[] = [];
  private readonly peringatan: RowError[] = [];
  private readonly baris: BarisRegistri[] = [];
  private readonly nomorBaris: number[] = [];
  // Row hash → index in `baris` of its first occurrence.
  private readonly pertamaKali = new Map<number, number>();

  constructor(private readonly opsi: Pick<ReadOptions, 'tanggalSnapshot'> = {}) {}

  /** One row of cells and the line it starts on. */
  tambah(sel: string[], no: number): void {
    if (this.galatKepala) return;
    if (!this.kepala) {
      this.bacaKepala(sel, no);
      return;
    }
    const { kepala, kolom } = this;
    const { tanggalSnapshot } = this.opsi;
    // A literal (not built from KOLOM) so every row object has one fixed shape.
    const r: Record<(typeof KOLOM)[number], string> = {
      nama: '',
      jenis_kantor: '',
      nomor_izin: '',
      tanggal_izin: '',
      berlaku_sampai: '',
      status: '',
      tanggal_status: '',
      alamat: '',
      kabupaten_kota: '',
      provinsi: '',
      sumber: '',
      sumber_url: '',
      catatan: '',
    };
    const masalah: string[] = [];
    kolom.forEach((k, j) => {
      const nilai = sel[j] ?? '';
      const kontrol = KONTROL.exec(nilai);
      if (kontrol) masalah.push(`kolom ${j + 1} (${k}) berisi karakter kendali ${tampilKontrol(kontrol[0])}`);
      else if (k !== 'catatan' && BARIS_BARU.test(nilai)) masalah.push(`kolom ${j + 1} (${k}) berisi baris baru; satu sel harus satu baris`);
      r[k as (typeof KOLOM)[number]] = nilai.trim();
    });
    if (sel.length !== kepala.length) masalah.push(`ada ${sel.length} kolom, seharusnya ${kepala.length}`);
    if (!r.nama) masalah.push('nama kosong');
    else if (!normalizeName(r.nama).inti) masalah.push(`nama "${r.nama}" hanya berisi bentuk badan usaha atau tanda baca`);
    const status = (STATUS_ALIAS[r.status.toLowerCase()] ?? r.status.toLowerCase().replace(/\s+/g, '_')) as StatusPeristiwa;
    if (!STATUS_PERISTIWA.includes(status)) masalah.push(`status "${r.status}" tidak dikenal (pilih: ${STATUS_PERISTIWA.join(', ')})`);
    const jenis = (r.jenis_kantor.toLowerCase() || 'tidak_diketahui') as JenisKantor;
    if (!JENIS_KANTOR.includes(jenis)) masalah.push(`jenis_kantor "${r.jenis_kantor}" tidak dikenal (pilih: ${JENIS_KANTOR.join(', ')})`);
    for (const k of ['tanggal_izin', 'berlaku_sampai', 'tanggal_status'] as const) {
      if (r[k] && !tanggalSah(r[k])) masalah.push(`${k} "${r[k]}" bukan tanggal YYYY-MM-DD (atau YYYY-MM / YYYY)`);
    }
    for (const k of ['tanggal_izin', 'tanggal_status'] as const) {
      if (tanggalSnapshot && r[k] && tanggalSah(r[k]) && r[k] > tanggalSnapshot) masalah.push(`${k} "${r[k]}" sesudah tanggal snapshot ${tanggalSnapshot}; periksa tahunnya`);
    }
    if (!r.sumber && !r.sumber_url) masalah.push('sumber kosong: setiap baris perlu sumbernya');
    if (r.sumber_url && !/^https?:\/\/\S+$/.test(r.sumber_url)) masalah.push(`sumber_url "${r.sumber_url}" bukan alamat http(s)`);
    if (masalah.length > 0) {
      this.galat.push({ baris: no, alasan: masalah.join('; ') });
      return;
    }
    const b: BarisRegistri = { ...r, status, jenis_kantor: jenis };
    const sidik = hash53(KOLOM.map((k) => b[k]).join('\u0000'));
    const sebelumnya = this.pertamaKali.get(sidik);
    const kembar = sebelumnya !== undefined && KOLOM.every((k) => (this.baris[sebelumnya] as BarisRegistri)[k] === b[k]);
    if (kembar) this.peringatan.push({ baris: no, alasan: `sama persis dengan baris ${this.nomorBaris[sebelumnya as number]}` });
    else if (sebelumnya === undefined) this.pertamaKali.set(sidik, this.baris.length);
    this.baris.push(b);
    this.nomorBaris.push(no);
  }

  private bacaKepala(kepala: string[], no: number): void {
    const kolom = kepala.map(namaKolom);
    const dikenal = new Set<string>(KOLOM);
    const masalah: string[] = [];
    const kosongKe = kepala.map((h, i) => (h.trim() ? -1 : i + 1)).filter((i) => i > 0);
    if (kosongKe.length > 0) masalah.push(`kolom ke-${kosongKe.join(', ')} tanpa nama`);
    const asing = kepala.filter((h, i) => h.trim() && !dikenal.has(kolom[i] as string));
    if (asing.length > 0) masalah.push(`kolom tidak dikenal: ${asing.map((h) => `"${h}"`).join(', ')} (kolom yang dikenal: ${KOLOM.join(', ')})`);
    for (const k of KOLOM) {
      const dari = kepala.filter((_, i) => kolom[i] === k);
      if (dari.length > 1) masalah.push(`kolom ${dari.map((h) => `"${h}"`).join(' dan ')} sama-sama berarti "${k}"; sisakan satu`);
    }
    const tanpa = (['nama', 'status', 'sumber'] as const).filter((k) => !kolom.includes(k));
    if (tanpa.length > 0) masalah.push(`kolom wajib tidak ada: ${tanpa.join(', ')}`);
    if (masalah.length > 0) this.galatKepala = { baris: no, alasan: masalah.join('; ') };
    this.kepala = kepala;
    this.kolom = kolom;
  }

  selesai(): ReadResult {
    if (this.galatKepala) return { baris: [], nomorBaris: [], galat: [this.galatKepala], peringatan: [] };
    if (!this.kepala) return { baris: [], nomorBaris: [], galat: [{ baris: 1, alasan: 'berkas kosong; baris pertama harus nama kolom' }], peringatan: [] };
    const galat = [...this.galat];
    for (const k of sameDayConflicts(this.baris, this.nomorBaris)) {
      galat.push({
        baris: k.baris[k.baris.length - 1] as number,
        alasan: `"${k.nama}" pada ${k.tanggal} disebut berizin dan juga dicabut/dibekukan (baris ${k.baris.join(' dan ')}); periksa sumbernya dan sisakan yang benar`,
      });
    }
    galat.sort((a, b) => a.baris - b.baris);
    return { baris: this.baris, nomorBaris: this.nomorBaris, galat, peringatan: this.peringatan };
  }
}

/**
 * The same checks for rows already split into cells (an XLSX sheet), with the line (sheet row)
 * of each. The first row is the header.
 */
export function readRegistriRows(rekaman: readonly string[][], nomor: readonly number[], opsi: ReadOptions = {}): ReadResult {
  const pembaca = new RegistriReader(opsi);
  const jumlah = rekaman.length;
  for (let i = 0; i < jumlah; i += 1) {
    if (opsi.onProgres && i % 1000 === 0) opsi.onProgres(i, jumlah);
    pembaca.tambah(rekaman[i] as string[], nomor[i] ?? i + 1);
  }
  opsi.onProgres?.(jumlah, jumlah);
  return pembaca.selesai();
}

export interface SameDayConflict {
  nama: string;
  tanggal: string;
  /** Lines of the disagreeing rows. */
  baris: number[];
}

/** Rows about one firm, on one date, that disagree (licensed and revoked on the same day). */
export function sameDayConflicts(baris: readonly BarisRegistri[], nomorBaris: readonly number[]): SameDayConflict[] {
  // Group row indices only; events are built for the few groups with more than one row.
  const grup = new Map<string, number[]>();
  baris.forEach((b, i) => {
    if (!b.tanggal_status) return;
    const k = `${normalizeName(b.nama).kunci}|${b.tanggal_status}`;
    const ada = grup.get(k);
    if (ada) ada.push(i);
    else grup.set(k, [i]);
  });
  const hasil: SameDayConflict[] = [];
  for (const indeks of grup.values()) {
    if (indeks.length < 2) continue;
    const daftar = indeks.map((i) => ({ p: { ...(baris[i] as BarisRegistri), snapshot: '', resmi: false } as Peristiwa, no: nomorBaris[i] ?? i + 2 }));
    const bentrok = daftar.filter((a) => daftar.some((b) => conflictsSameDay(a.p, b.p)));
    if (bentrok.length === 0) continue;
    const akhir = [...bentrok].sort((a, b) => comparePeristiwa(a.p, b.p)).at(-1) as { p: Peristiwa };
    hasil.push({ nama: akhir.p.nama, tanggal: akhir.p.tanggal_status, baris: bentrok.map((x) => x.no).sort((a, b) => a - b) });
  }
  return hasil;
}

/** An XLSX number cell exactly as stored ("12345678901234567", "9.5E-7" → "0.00000095"), never through a float. */
export function exactNumber(teks: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?[eE]([+-]?\d+)$/.exec(teks.trim());
  if (!m) return teks;
  const [, tanda, bulat, pecahan = '', pangkat] = m as unknown as [string, string, string, string, string];
  const digit = bulat + pecahan;
  const titik = bulat.length + Number(pangkat);
  const hasil =
    titik <= 0 ? `0.${'0'.repeat(-titik)}${digit}` : titik >= digit.length ? digit + '0'.repeat(titik - digit.length) : `${digit.slice(0, titik)}.${digit.slice(titik)}`;
  return tanda + hasil.replace(/^0+(?=\d)/, '');
}

/** A spreadsheet would run a cell starting with = + - @ as a formula; prefix it with '. */
export function safeCell(nilai: string): string {
  return /^[=+\-@\t\r]/.test(nilai) ? `'${nilai}` : nilai;
}

function kutip(nilai: string, amankan: boolean): string {
  const v = amankan ? safeCell(nilai) : nilai;
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * CSV text. `amankan` neutralises formula-like cells: for output people open in a spreadsheet
 * (check results), not for the registry itself, whose data must round-trip unchanged.
 */
export function writeCsv(kolom: readonly string[], baris: readonly Record<string, string>[], amankan = false): string {
  return [...csvChunks(kolom, baris, amankan)].join('');
}

/** The same CSV text in pieces of `ukuran` rows, so a large file can be written without one huge string. */
export function* csvChunks(kolom: readonly string[], baris: readonly Record<string, string>[], amankan = false, ukuran = 5000): Generator<string> {
  yield `${kolom.join(',')}\n`;
  for (let i = 0; i < baris.length; i += ukuran) {
    let teks = '';
    for (const b of baris.slice(i, i + ukuran)) teks += `${kolom.map((k) => kutip(b[k] ?? '', amankan)).join(',')}\n`;
    yield teks;
  }
}
