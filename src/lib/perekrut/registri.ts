/**
 * The recruiter registry as dated events. Each row of a snapshot is one statement about one
 * office of a company on a date (licensed, suspended, revoked, ...). Rows whose names are the
 * same firm (./normalize) are one company; its status is the newest event weighed by the
 * strength of its evidence (see `putuskan`).
 * Pure: snapshots arrive parsed (see ./csv), so the browser and Node share this code.
 */
import { normalizeName, normalizeLicenceNumber, type NormalizedName } from './normalize';

export const JENIS_KANTOR = ['p3mi_pusat', 'p3mi_cabang', 'akad', 'tidak_diketahui'] as const;
export type JenisKantor = (typeof JENIS_KANTOR)[number];

/** What a row says happened. `disebut_berizin`: a public source called it licensed on that date. */
export const STATUS_PERISTIWA = ['aktif', 'disebut_berizin', 'dihentikan_sementara', 'dibekukan', 'dicabut', 'tidak_aktif', 'kedaluwarsa', 'lainnya'] as const;
export type StatusPeristiwa = (typeof STATUS_PERISTIWA)[number];

/**
 * A company's status as its evidence allows. `aktif` needs an official export; a firm whose
 * newest positive evidence is a public statement (news, a ministry press page, a thesis) is
 * `disebut_berizin`, never `aktif`.
 */
export const STATUS_ENTITAS = ['aktif', 'disebut_berizin', 'dibekukan', 'dicabut', 'tidak_aktif', 'kedaluwarsa', 'tidak_diketahui'] as const;
export type StatusEntitas = (typeof STATUS_ENTITAS)[number];

/** What an event says, before its evidence is weighed: good news, bad news, or neither. */
type Arah = 'positif' | 'merugikan' | 'netral';

const ARAH: Record<StatusPeristiwa, Arah> = {
  aktif: 'positif',
  disebut_berizin: 'positif',
  dihentikan_sementara: 'merugikan',
  dibekukan: 'merugikan',
  dicabut: 'merugikan',
  tidak_aktif: 'merugikan',
  kedaluwarsa: 'merugikan',
  // "Other" events (a sanction lifted, a deposit cashed) do not say whether the licence is active.
  lainnya: 'netral',
};

const STATUS_MERUGIKAN: Partial<Record<StatusPeristiwa, StatusEntitas>> = {
  dihentikan_sementara: 'dibekukan',
  dibekukan: 'dibekukan',
  dicabut: 'dicabut',
  tidak_aktif: 'tidak_aktif',
  kedaluwarsa: 'kedaluwarsa',
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
  /** Licence of the published data, e.g. "CC BY 4.0". */
  lisensi?: string;
}

export interface Snapshot {
  provenans: Provenans;
  baris: BarisRegistri[];
}

export interface Peristiwa extends BarisRegistri {
  snapshot: string;
  /** True for a row of an official export (`ekspor_resmi`). */
  resmi: boolean;
}

/** An official export saying active: the only evidence that can make a firm `aktif`. */
export function isOfficialPositive(p: Peristiwa): boolean {
  return p.resmi && p.status === 'aktif';
}

export interface Entitas {
  /** Stable id for links: the identity key (see ./normalize). */
  id: string;
  kunci: string;
  /** The name without legal form, for similarity. */
  inti: string;
  token: string[];
  bentuk: NormalizedName['bentuk'];
  /** Name as spelled in the newest event. */
  nama: string;
  /** Other spellings seen. */
  ejaan: string[];
  nomorIzin: string[];
  status: StatusEntitas;
  /** The event the status rests on. */
  dasar: Peristiwa;
  /**
   * Public statements calling the firm licensed that came after `dasar` when `dasar` is adverse:
   * they do not undo a revocation or suspension (only an official export can), but are shown.
   */
  disebutSesudah: Peristiwa[];
  /** All events, newest first. */
  riwayat: Peristiwa[];
  /** Offices named in any event (province may be ''). */
  kantor: { jenis: JenisKantor; kabupaten_kota: string; provinsi: string; alamat: string }[];
  /** True when the history holds both a licensed and a revoked/suspended statement. */
  bertentangan: boolean;
  /** True when any event comes from an official export. */
  adaResmi: boolean;
}

export interface Registri {
  entitas: Entitas[];
  snapshot: Provenans[];
}

/**
 * Order of events on the same date: public good news, official good news, unclear, adverse.
 * The last one decides, so on a tie the adverse event wins.
 */
function peringkat(p: Peristiwa): number {
  const arah = ARAH[p.status];
  if (arah === 'merugikan') return 3;
  if (arah === 'netral') return 2;
  return isOfficialPositive(p) ? 1 : 0;
}

/** Oldest first; unknown dates first, year-only and month-only before full dates of that period. */
export function comparePeristiwa(a: Peristiwa, b: Peristiwa): number {
  const ta = a.tanggal_status || '';
  const tb = b.tanggal_status || '';
  if (ta !== tb) return ta < tb ? -1 : 1;
  return peringkat(a) - peringkat(b);
}

/** Two events on one date that disagree (one good news, one adverse). */
export function conflictsSameDay(a: Peristiwa, b: Peristiwa): boolean {
  if (!a.tanggal_status || a.tanggal_status !== b.tanggal_status) return false;
  const arah = new Set([ARAH[a.status], ARAH[b.status]]);
  return arah.has('positif') && arah.has('merugikan');
}

interface Putusan {
  status: StatusEntitas;
  dasar: Peristiwa;
  disebutSesudah: Peristiwa[];
}

/**
 * The status the evidence allows, from events oldest first. Public statements of good news
 * never outweigh an official export or an adverse event before them; they decide only when
 * nothing else does, and then only as `disebut_berizin`.
 */
function putuskan(urut: readonly Peristiwa[], hariIni: string): Putusan {
  const terbaru = urut[urut.length - 1] as Peristiwa;
  const publik: Peristiwa[] = [];
  for (let i = urut.length - 1; i >= 0; i -= 1) {
    const p = urut[i] as Peristiwa;
    const arah = ARAH[p.status];
    if (arah === 'positif' && !isOfficialPositive(p)) {
      publik.unshift(p);
      continue;
    }
    if (arah === 'netral') {
      // An unclear event after good news from the public: status unclear; under a public
      // statement of good news, look further back for what it rests on.
      if (publik.length === 0) return { status: 'tidak_diketahui', dasar: p, disebutSesudah: [] };
      continue;
    }
    if (arah === 'merugikan') return { status: STATUS_MERUGIKAN[p.status] ?? 'tidak_diketahui', dasar: p, disebutSesudah: publik };
    // An official export saying active; a licence past its valid-until date has expired.
    const habis = Boolean(p.berlaku_sampai) && p.berlaku_sampai < hariIni;
    return { status: habis ? 'kedaluwarsa' : 'aktif', dasar: p, disebutSesudah: [] };
  }
  return { status: 'disebut_berizin', dasar: publik[publik.length - 1] ?? terbaru, disebutSesudah: [] };
}

export function buildRegistri(snapshot: readonly Snapshot[], hariIni: string): Registri {
  const grup = new Map<string, { nama: NormalizedName; peristiwa: Peristiwa[] }>();
  for (const s of snapshot) {
    const resmi = s.provenans.jenis === 'ekspor_resmi';
    for (const b of s.baris) {
      const nama = normalizeName(b.nama);
      if (!nama.inti) continue;
      const p: Peristiwa = { ...b, tanggal_status: b.tanggal_status || (resmi ? s.provenans.tanggal : ''), snapshot: s.provenans.id, resmi };
      const ada = grup.get(nama.kunci);
      if (ada) ada.peristiwa.push(p);
      else grup.set(nama.kunci, { nama, peristiwa: [p] });
    }
  }
  const entitas: Entitas[] = [];
  for (const [kunci, { nama, peristiwa }] of grup) {
    const urut = [...peristiwa].sort(comparePeristiwa);
    const { status, dasar, disebutSesudah } = putuskan(urut, hariIni);
    const riwayat = urut.reverse();
    const terbaru = riwayat[0] as Peristiwa;
    const kantor = new Map<string, Entitas['kantor'][number]>();
    for (const p of riwayat) {
      const k = { jenis: p.jenis_kantor, kabupaten_kota: p.kabupaten_kota, provinsi: p.provinsi, alamat: p.alamat };
      if (k.provinsi || k.kabupaten_kota || k.alamat) kantor.set(`${k.jenis}|${k.kabupaten_kota}|${k.provinsi}`, k);
    }
    const arah = new Set(riwayat.map((p) => ARAH[p.status]));
    entitas.push({
      id: kunci,
      kunci,
      inti: nama.inti,
      token: nama.token,
      bentuk: nama.bentuk,
      nama: terbaru.nama,
      ejaan: [...new Set(riwayat.map((p) => p.nama))].filter((n) => n !== terbaru.nama),
      nomorIzin: [...new Set(riwayat.map((p) => p.nomor_izin).filter(Boolean))],
      status,
      dasar,
      disebutSesudah,
      riwayat,
      kantor: [...kantor.values()],
      bertentangan: arah.has('positif') && arah.has('merugikan'),
      adaResmi: riwayat.some((p) => p.resmi),
    });
  }
  entitas.sort((a, b) => a.nama.localeCompare(b.nama, 'id'));
  return { entitas, snapshot: snapshot.map((s) => s.provenans) };
}

/** Licence numbers to entities, for when someone types the number from their papers. */
export function licenceNumberIndex(registri: Registri): Map<string, Entitas> {
  const peta = new Map<string, Entitas>();
  for (const e of registri.entitas) for (const n of e.nomorIzin) peta.set(normalizeLicenceNumber(n), e);
  return peta;
}

export interface Coverage {
  /** Firms with at least one event from an official export. */
  resmi: number;
  /** Firms known from public statements only. */
  publik: number;
  /** Each snapshot with its kind, date and number of firms it names. */
  snapshot: { id: string; judul: string; jenis: JenisSnapshot; tanggal: string; perusahaan: number }[];
}

/** What the data covers: how many firms rest on an official list, how many on public statements only. */
export function coverage(registri: Registri): Coverage {
  const perSnapshot = new Map<string, Set<string>>();
  for (const e of registri.entitas) {
    for (const p of e.riwayat) {
      const set = perSnapshot.get(p.snapshot) ?? new Set<string>();
      set.add(e.kunci);
      perSnapshot.set(p.snapshot, set);
    }
  }
  const resmi = registri.entitas.filter((e) => e.adaResmi).length;
  return {
    resmi,
    publik: registri.entitas.length - resmi,
    snapshot: registri.snapshot.map((s) => ({ id: s.id, judul: s.judul, jenis: s.jenis, tanggal: s.tanggal, perusahaan: perSnapshot.get(s.id)?.size ?? 0 })),
  };
}
