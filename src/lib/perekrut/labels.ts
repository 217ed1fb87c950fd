/**
 * Every word the recruiter check says about a verdict, a status, an event or a kind of
 * evidence, in Indonesian and English, with its tone (the colour) and what to do next. The
 * checker page, the registry list, the command line (text, JSON, CSV) and the search snippets
 * all render from these tables; none of them spells a label of its own (a test checks it).
 */
import type { Peringatan, Verdict } from './match';
import type { Entitas, JenisSnapshot, Peristiwa, StatusEntitas, StatusPeristiwa } from './registri';

import type { Bahasa, Teks } from '../content/bahasa';

export { bahasa, type Bahasa, type Teks } from '../content/bahasa';

/**
 * `baik` (green) only for `terdaftar`; `waspada` (amber) for "check further"; `bahaya` (red) for
 * "do not pay or leave".
 */
export type Nada = 'baik' | 'waspada' | 'bahaya';

export interface VerdictWords {
  label: Teks;
  penjelasan: Teks;
  langkah: Teks;
  nada: Nada;
}

const CEK_RESMI: Teks = {
  id: 'periksa di SISKOP2MI (siskop2mi.bp2mi.go.id) atau aplikasi Jendela PMI, tanyakan ke Disnaker kabupaten/kota, atau telepon call center KP2MI.',
  en: 'check SISKOP2MI (siskop2mi.bp2mi.go.id) or the Jendela PMI app, ask the district labour office (Disnaker), or call the KP2MI call centre.',
};

export const KATA_VERDICT: Readonly<Record<Verdict, VerdictWords>> = {
  terdaftar: {
    label: { id: 'Terdaftar', en: 'Registered' },
    penjelasan: {
      id: 'Nama ini persis sama dengan perusahaan yang aktif menurut daftar resmi yang kami impor. Lihat tanggal daftar itu di bawah: izin bisa berubah sesudahnya.',
      en: 'This name is exactly the name of a company that is active in the official list we imported. See the date of that list below: a licence can change after it.',
    },
    langkah: {
      id: 'Cocokkan nomor izin di surat perekrut, pastikan ia merekrut lewat kantor cabang terdaftar di daerah Anda, dan periksa hal lain selain nama.',
      en: "Compare the licence number on the recruiter's papers, make sure they recruit through a registered branch office in your area, and check the other things besides the name.",
    },
    nada: 'baik',
  },
  disebut_berizin: {
    label: { id: 'Hanya disebut berizin oleh sumber publik', en: 'Only named as licensed by a public source' },
    penjelasan: {
      id: 'Nama ini persis sama dengan perusahaan yang disebut berizin oleh berita atau halaman publik pada tanggal di bawah. Itu bukan daftar resmi, dan izin bisa sudah berubah.',
      en: 'This name is exactly the name of a company that a news report or public page called licensed on the date below. That is not the official list, and the licence may have changed since.',
    },
    langkah: { id: `Sebelum membayar atau berangkat, ${CEK_RESMI.id}`, en: `Before you pay or leave, ${CEK_RESMI.en}` },
    nada: 'waspada',
  },
  izin_tidak_aktif: {
    label: { id: 'Izin tidak aktif', en: 'Licence not active' },
    penjelasan: {
      id: 'Perusahaan ini ada di data kami, tetapi izinnya dicabut, dibekukan, habis masa berlakunya, atau perusahaannya tidak beroperasi.',
      en: 'This company is in our data, but its licence was revoked, suspended or has expired, or it is not operating.',
    },
    langkah: {
      id: `Jangan membayar atau berangkat lewat perusahaan ini. Bila ia tetap merekrut, laporkan. Untuk memastikan statusnya, ${CEK_RESMI.id}`,
      en: `Do not pay or leave through this company. If it still recruits, report it. To confirm its status, ${CEK_RESMI.en}`,
    },
    nada: 'bahaya',
  },
  status_tidak_diketahui: {
    label: { id: 'Ditemukan, status tidak jelas', en: 'Found, status unclear' },
    penjelasan: {
      id: 'Perusahaan ini ada di data kami, tetapi sumber terakhir tidak menyebut apakah izinnya aktif.',
      en: 'This company is in our data, but the latest source does not say whether its licence is active.',
    },
    langkah: { id: `Sebelum membayar atau berangkat, ${CEK_RESMI.id}`, en: `Before you pay or leave, ${CEK_RESMI.en}` },
    nada: 'waspada',
  },
  mirip: {
    label: { id: 'Mirip, bukan nama yang sama', en: 'Similar, not the same name' },
    penjelasan: {
      id: 'Ada nama yang mirip, tetapi tidak sama. Penipu sering memakai nama yang hanya beda satu kata, satu huruf, atau bentuk badan usahanya dari perusahaan berizin.',
      en: 'There are similar names, but not the same one. Impostors often use names one word, one letter or one legal form away from licensed companies.',
    },
    langkah: {
      id: 'Cocokkan nama persis dan nomor izin di surat perekrut dengan data di bawah. Bila tidak sama persis, anggap belum terbukti berizin.',
      en: "Compare the exact name and licence number on the recruiter's papers with the data below. If they are not exactly the same, treat the licence as unproven.",
    },
    nada: 'waspada',
  },
  tidak_ditemukan: {
    label: { id: 'Tidak ditemukan', en: 'Not found' },
    penjelasan: {
      id: 'Nama ini tidak ada di data kami. Itu belum berarti perusahaannya ilegal: data kami tidak lengkap.',
      en: 'This name is not in our data. That does not mean the company is illegal: our data is incomplete.',
    },
    langkah: { id: `Sebelum membayar atau berangkat, ${CEK_RESMI.id}`, en: `Before you pay or leave, ${CEK_RESMI.en}` },
    nada: 'waspada',
  },
};

export const KATA_STATUS: Readonly<Record<StatusEntitas, { label: Teks; nada: Nada }>> = {
  aktif: { label: { id: 'aktif menurut daftar resmi', en: 'active in the official list' }, nada: 'baik' },
  disebut_berizin: { label: { id: 'disebut berizin (bukan daftar resmi)', en: 'named as licensed (not the official list)' }, nada: 'waspada' },
  dibekukan: { label: { id: 'dibekukan / dihentikan sementara', en: 'suspended' }, nada: 'bahaya' },
  dicabut: { label: { id: 'izin dicabut', en: 'licence revoked' }, nada: 'bahaya' },
  tidak_aktif: { label: { id: 'tidak aktif', en: 'not active' }, nada: 'bahaya' },
  kedaluwarsa: { label: { id: 'masa berlaku habis', en: 'licence expired' }, nada: 'bahaya' },
  tidak_diketahui: { label: { id: 'status tidak diketahui', en: 'status unknown' }, nada: 'waspada' },
};

/** What one row of a snapshot says happened. */
export const KATA_PERISTIWA: Readonly<Record<StatusPeristiwa, Teks>> = {
  aktif: { id: 'aktif', en: 'active' },
  disebut_berizin: { id: 'disebut berizin', en: 'named as licensed' },
  dihentikan_sementara: { id: 'dihentikan sementara', en: 'temporarily suspended' },
  dibekukan: { id: 'dibekukan', en: 'frozen' },
  dicabut: { id: 'dicabut', en: 'revoked' },
  tidak_aktif: { id: 'tidak aktif', en: 'not active' },
  kedaluwarsa: { id: 'masa berlaku habis', en: 'expired' },
  lainnya: { id: 'peristiwa lain', en: 'other event' },
};

export const KATA_BUKTI: Readonly<Record<JenisSnapshot, Teks>> = {
  ekspor_resmi: { id: 'daftar resmi', en: 'official list' },
  kompilasi_publik: { id: 'pernyataan publik, bukan daftar resmi', en: 'public statement, not the official list' },
};

export const KATA_PERINGATAN: Readonly<Record<Peringatan, Teks>> = {
  bentuk_bukan_pt: {
    id: 'Perusahaan penempatan pekerja migran (P3MI) wajib berbentuk PT (perseroan terbatas). CV, UD, koperasi atau yayasan tidak bisa memegang izin P3MI: bila badan usaha seperti itu menawarkan kerja ke luar negeri, itu tanda bahaya.',
    en: 'A migrant-worker placement company (P3MI) must be a PT (limited company). A CV, UD, cooperative or foundation cannot hold a P3MI licence: if one offers work abroad, that is a warning sign.',
  },
  bentuk_berbeda: {
    id: 'Nama di bawah memakai kata yang sama tetapi bentuk badan usaha atau akhiran (Tbk, Persero) yang lain: itu perusahaan lain.',
    en: 'A name below has the same words but another legal form or suffix (Tbk, Persero): that is another company.',
  },
};

/**
 * A revocation or suspension followed only by public statements: a warning, not good news.
 * `{sumber}` and `{tanggal}` are filled in by the caller.
 */
export const KATA_DISEBUT_SESUDAH: Teks = {
  id: 'Sesudah itu perusahaan ini disebut berizin oleh {sumber} ({tanggal}). Itu pernyataan publik, bukan daftar resmi: tidak membuktikan izinnya dipulihkan.',
  en: 'After that, {sumber} ({tanggal}) named this company as licensed. That is a public statement, not the official list: it does not show the licence was restored.',
};

export const KATA_CAKUPAN: Teks = {
  id: 'Cakupan data: {resmi} perusahaan dari daftar resmi; {publik} perusahaan hanya dari pernyataan publik.',
  en: 'What the data covers: {resmi} companies from an official list; {publik} companies from public statements only.',
};

export const KATA_TANPA_TANGGAL: Teks = { id: 'tanggal tidak diketahui', en: 'date unknown' };

export function evidenceKind(p: Pick<Peristiwa, 'resmi'>): JenisSnapshot {
  return p.resmi ? 'ekspor_resmi' : 'kompilasi_publik';
}

/** "izin dicabut (2026-02-04; pernyataan publik, bukan daftar resmi)": a firm's status with its evidence. */
export function statusSummary(e: Pick<Entitas, 'status' | 'dasar'>, b: Bahasa): string {
  return `${KATA_STATUS[e.status].label[b]} (${e.dasar.tanggal_status || KATA_TANPA_TANGGAL[b]}; ${KATA_BUKTI[evidenceKind(e.dasar)][b]})`;
}

/** Fills `{name}` placeholders. */
export function fill(teks: string, nilai: Readonly<Record<string, string | number>>): string {
  return teks.replace(/\{(\w+)\}/g, (m, k: string) => (k in nilai ? String(nilai[k]) : m));
}

/** Exit code of the command-line check: 0 only for `terdaftar`. */
export function exitCode(v: Verdict): 0 | 1 {
  return v === 'terdaftar' ? 0 : 1;
}
