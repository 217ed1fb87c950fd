/** Indonesian words for verdicts and statuses, shared by the command line and the JSON output. */
import type { Verdict } from './cocok';
import type { StatusEntitas } from './registri';

export const LABEL_VERDICT: Record<Verdict, string> = {
  terdaftar: 'TERDAFTAR',
  izin_tidak_aktif: 'IZIN TIDAK AKTIF',
  status_tidak_diketahui: 'DITEMUKAN, STATUS TIDAK JELAS',
  mirip: 'MIRIP, BUKAN NAMA YANG SAMA',
  tidak_ditemukan: 'TIDAK DITEMUKAN',
};

export const PENJELASAN_VERDICT: Record<Verdict, string> = {
  terdaftar: 'Nama ini persis sama dengan perusahaan yang berizin menurut data kami. Periksa juga nomor izinnya dan hal lain selain nama.',
  izin_tidak_aktif: 'Nama ini ada di data kami, tetapi izinnya dicabut, dibekukan, habis masa berlakunya, atau perusahaannya tidak beroperasi. Jangan berangkat atau membayar lewat perusahaan ini.',
  status_tidak_diketahui: 'Nama ini ada di data kami, tetapi sumber terakhir tidak menyebut apakah izinnya aktif. Tanyakan ke Disnaker atau call center KP2MI.',
  mirip: 'Ada nama yang mirip, tetapi tidak sama. Penipu sering memakai nama yang hanya beda sedikit dari perusahaan berizin. Cocokkan nomor izin di surat perekrut dengan nomor di bawah ini.',
  tidak_ditemukan: 'Nama ini tidak ada di data kami. Itu belum berarti ilegal: data kami tidak lengkap. Periksa di SISKOP2MI, aplikasi Jendela PMI, Disnaker setempat, atau call center KP2MI.',
};

export const LABEL_STATUS_ENTITAS: Record<StatusEntitas, string> = {
  aktif: 'aktif',
  dibekukan: 'dibekukan / dihentikan sementara',
  dicabut: 'dicabut',
  tidak_aktif: 'tidak aktif',
  kedaluwarsa: 'masa berlaku habis',
  tidak_diketahui: 'tidak diketahui',
};

/** Exit code of the command-line check: 0 only for `terdaftar`. */
export function kodeKeluar(v: Verdict): 0 | 1 {
  return v === 'terdaftar' ? 0 : 1;
}
