/**
 * The recruiter registry as dated events. Each row of a snapshot is one statement about one
 * office of a company on a date (licensed, suspended, revoked, ...). Rows whose names agree
 * after normalisation are one company; its current status comes from its latest event.
 * Pure: snapshots arrive parsed (see ./csv), so the browser and Node share this code.
 */
import { normalisasiNama, normalisasiNomorIzin } from './normalisasi';

export const JENIS_KANTOR = ['p3mi_pusat', 'p3mi_cabang', 'akad', 'tidak_diketahui'] as const;
export type JenisKantor = (typeof JENIS_KANTOR)[number];

/** What a row says happened. `disebut_berizin`: a public source called it licensed on that date. */
export const STATUS_PERISTIWA = [
  'aktif',
  'disebut_berizin',
  'dihentikan_sementara',
  'dibekukan',
  'dicabut',
  'tidak_aktif',
  'kedaluwarsa',
  'lainnya',
] as const;
export type StatusPeristiwa = (typeof STATUS_PERISTIWA)[number];

export const STATUS_ENTITAS = ['aktif', 'dibekukan', 'dicabut', 'tidak_aktif', 'kedaluwarsa', 'tidak_diketahui'] as const;
export type StatusEntitas = (typeof STATUS_ENTITAS)[number];

const STATUS_DARI_PERISTIWA: Record<StatusPeristiwa, StatusEntitas> = {
  aktif: 'aktif',
  disebut_berizin: 'aktif',
  dihentikan_sementara: 'dibekukan',
  dibekukan: 'dibekukan',
  dicabut: 'dicabut',
  tidak_aktif: 'tidak_aktif',
  kedaluwarsa: 'kedaluwarsa',
  // "Other" events (a sanction lifted, a deposit cashed) do not say whether the licence is active.
  lainnya: 'tidak_diketahui',
};

export interface BarisRegistri {
  nama: string;
  jenis_kantor: JenisKantor;
  nomor_izin: string;
  tanggal_izin: string;
  berlaku_sampai: string;
  status: StatusPeristiwa;
  /** Date of the statement or event: YYYY-MM-DD, YYYY-MM, YYYY, or '' when unknown. */
  tanggal_status: string;
  alamat: string;
  kabupaten_kota: string;
  provinsi: string;
  sumber: string;
  sumber_url: string;
  catatan: string;
}

export type JenisSnapshot = 'kompilasi_publik' | 'ekspor_resmi';

export interface Provenans {
  id: string;
  judul: string;
  jenis: JenisSnapshot;
  /** The day the snapshot was compiled or exported. */
  tanggal: string;
  asal: string;
  cara_memperbarui: string;
  catatan: string;
}

export interface Snapshot {
  provenans: Provenans;
  baris: BarisRegistri[];
}

export interface Peristiwa extends BarisRegistri {
  snapshot: string;
  resmi: boolean;
}

export interface Entitas {
  /** Stable id for links: the normalised key. */
  id: string;
  kunci: string;
  token: string[];
  /** Name as spelled in the latest event. */
  nama: string;
  /** Other spellings seen. */
  ejaan: string[];
  nomorIzin: string[];
  status: StatusEntitas;
  /** The event the status comes from. */
  dasar: Peristiwa;
  /** All events, newest first. */
  riwayat: Peristiwa[];
  /** Offices named in any event (province may be ''). */
  kantor: { jenis: JenisKantor; kabupaten_kota: string; provinsi: string; alamat: string }[];
  /** True when the history holds both a licensed and a revoked/suspended statement. */
  bertentangan: boolean;
}

export interface Registri {
  entitas: Entitas[];
  snapshot: Provenans[];
}

/** Year-only and month-only dates sort before full dates of the same period; unknown dates first. */
function bandingTanggal(a: Peristiwa, b: Peristiwa): number {
  const ta = a.tanggal_status || '';
  const tb = b.tanggal_status || '';
  if (ta !== tb) return ta < tb ? -1 : 1;
  if (a.resmi !== b.resmi) return a.resmi ? 1 : -1;
  return 0;
}

/** A licence past its valid-until date is expired, whatever the row's status says. */
function statusSekarang(p: Peristiwa, hariIni: string): StatusEntitas {
  const s = STATUS_DARI_PERISTIWA[p.status];
  if (s === 'aktif' && p.berlaku_sampai && p.berlaku_sampai < hariIni) return 'kedaluwarsa';
  return s;
}

export function bangunRegistri(snapshot: readonly Snapshot[], hariIni: string): Registri {
  const grup = new Map<string, Peristiwa[]>();
  for (const s of snapshot) {
    for (const b of s.baris) {
      const { kunci } = normalisasiNama(b.nama);
      if (!kunci) continue;
      const p: Peristiwa = {
        ...b,
        tanggal_status: b.tanggal_status || (s.provenans.jenis === 'ekspor_resmi' ? s.provenans.tanggal : ''),
        snapshot: s.provenans.id,
        resmi: s.provenans.jenis === 'ekspor_resmi',
      };
      const daftar = grup.get(kunci);
      if (daftar) daftar.push(p);
      else grup.set(kunci, [p]);
    }
  }
  const entitas: Entitas[] = [];
  for (const [kunci, peristiwa] of grup) {
    const urut = [...peristiwa].sort(bandingTanggal);
    const dasar = urut[urut.length - 1] as Peristiwa;
    const riwayat = urut.reverse();
    const kantor = new Map<string, Entitas['kantor'][number]>();
    for (const p of riwayat) {
      const k = { jenis: p.jenis_kantor, kabupaten_kota: p.kabupaten_kota, provinsi: p.provinsi, alamat: p.alamat };
      if (k.provinsi || k.kabupaten_kota || k.alamat) kantor.set(`${k.jenis}|${k.kabupaten_kota}|${k.provinsi}`, k);
    }
    const statusSemua = new Set(riwayat.map((p) => STATUS_DARI_PERISTIWA[p.status]));
    entitas.push({
      id: kunci,
      kunci,
      token: normalisasiNama(dasar.nama).token,
      nama: dasar.nama,
      ejaan: [...new Set(riwayat.map((p) => p.nama))].filter((n) => n !== dasar.nama),
      nomorIzin: [...new Set(riwayat.map((p) => p.nomor_izin).filter(Boolean))],
      status: statusSekarang(dasar, hariIni),
      dasar,
      riwayat,
      kantor: [...kantor.values()],
      bertentangan: statusSemua.has('aktif') && (statusSemua.has('dicabut') || statusSemua.has('dibekukan')),
    });
  }
  entitas.sort((a, b) => a.nama.localeCompare(b.nama, 'id'));
  return { entitas, snapshot: snapshot.map((s) => s.provenans) };
}

/** Licence numbers to entities, for when someone types the number from their papers. */
export function indeksNomorIzin(registri: Registri): Map<string, Entitas> {
  const peta = new Map<string, Entitas>();
  for (const e of registri.entitas) for (const n of e.nomorIzin) peta.set(normalisasiNomorIzin(n), e);
  return peta;
}
