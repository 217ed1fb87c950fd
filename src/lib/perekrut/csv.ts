/**
 * Reading and writing registry CSV files. Every row is checked; every bad row is reported with
 * its line number and reason, so a person fixing a spreadsheet sees all problems at once.
 * Header names are matched loosely (case, spaces) and a few headers seen in official exports
 * are accepted as aliases.
 */
import { parse } from 'csv-parse/sync';
import { JENIS_KANTOR, STATUS_PERISTIWA, type BarisRegistri, type JenisKantor, type StatusPeristiwa } from './registri';

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

export interface GalatBaris {
  baris: number;
  alasan: string;
}

export interface HasilBaca {
  baris: BarisRegistri[];
  /** The line of each row in `baris`. */
  nomorBaris: number[];
  galat: GalatBaris[];
}

export interface OpsiBaca {
  /**
   * The snapshot's date: an event dated after it cannot be in it (a mistyped year would
   * otherwise outrank every real event), so such a row is refused.
   */
  tanggalSnapshot?: string;
  onProgres?: (selesai: number, total: number) => void;
}

function namaKolom(h: string): string {
  const k = h.trim().toLowerCase().replace(/[\s/-]+/g, '_');
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

/** Parses a registry CSV; never throws for bad rows, only collects them. */
export function bacaCsvRegistri(teks: string, opsi: OpsiBaca = {}): HasilBaca {
  const { tanggalSnapshot, onProgres } = opsi;
  let mentah: string[][];
  try {
    mentah = parse(teks.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (err) {
    const m = /line (\d+)/i.exec(err instanceof Error ? err.message : '');
    return { baris: [], nomorBaris: [], galat: [{ baris: m ? Number(m[1]) : 1, alasan: 'CSV tidak bisa dibaca (tanda kutip tidak tertutup?)' }] };
  }
  const [kepala, ...isi] = mentah;
  if (!kepala) return { baris: [], nomorBaris: [], galat: [{ baris: 1, alasan: 'berkas kosong; baris pertama harus nama kolom' }] };
  const kolom = kepala.map(namaKolom);
  const galat: GalatBaris[] = [];
  const tanpa = KOLOM.filter((k) => ['nama', 'status', 'sumber'].includes(k) && !kolom.includes(k));
  if (tanpa.length > 0) return { baris: [], nomorBaris: [], galat: [{ baris: 1, alasan: `kolom wajib tidak ada: ${tanpa.join(', ')}` }] };
  const dikenal = new Set<string>(KOLOM);
  const asing = kolom.filter((k) => !dikenal.has(k));
  if (asing.length > 0) galat.push({ baris: 1, alasan: `kolom tidak dikenal: ${asing.join(', ')} (kolom yang dikenal: ${KOLOM.join(', ')})` });

  const baris: BarisRegistri[] = [];
  const nomorBaris: number[] = [];
  isi.forEach((sel, i) => {
    const no = i + 2;
    if (onProgres && i % 1000 === 0) onProgres(i, isi.length);
    const r = Object.fromEntries(KOLOM.map((k) => [k, ''])) as Record<(typeof KOLOM)[number], string>;
    kolom.forEach((k, j) => {
      if (dikenal.has(k)) r[k as (typeof KOLOM)[number]] = (sel[j] ?? '').trim();
    });
    const masalah: string[] = [];
    if (sel.length !== kepala.length) masalah.push(`ada ${sel.length} kolom, seharusnya ${kepala.length}`);
    if (!r.nama) masalah.push('nama kosong');
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
    if (masalah.length > 0) galat.push({ baris: no, alasan: masalah.join('; ') });
    else {
      baris.push({ ...r, status, jenis_kantor: jenis });
      nomorBaris.push(no);
    }
  });
  onProgres?.(isi.length, isi.length);
  return { baris, nomorBaris, galat };
}

/** A spreadsheet would run a cell starting with = + - @ as a formula; prefix it with '. */
export function selAman(nilai: string): string {
  return /^[=+\-@\t\r]/.test(nilai) ? `'${nilai}` : nilai;
}

function kutip(nilai: string, amankan: boolean): string {
  const v = amankan ? selAman(nilai) : nilai;
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * CSV text. `amankan` neutralises formula-like cells: for output people open in a spreadsheet
 * (check results), not for the registry itself, whose data must round-trip unchanged.
 */
export function tulisCsv(kolom: readonly string[], baris: readonly Record<string, string>[], amankan = false): string {
  return [kolom.join(','), ...baris.map((b) => kolom.map((k) => kutip(b[k] ?? '', amankan)).join(','))].join('\n') + '\n';
}
