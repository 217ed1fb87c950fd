/** Translated verdict and status words for the checker pages (literal calls, for extraction). */
import { translate } from '@docusaurus/Translate';
import type { StatusEntitas, Verdict } from '@site/src/lib/perekrut';

export function labelVerdict(): Record<Verdict, { judul: string; isi: string }> {
  return {
    terdaftar: {
      judul: translate({ id: 'perekrut.verdict.terdaftar', message: 'Terdaftar' }),
      isi: translate({
        id: 'perekrut.verdict.terdaftar.isi',
        message: 'Nama ini persis sama dengan perusahaan yang disebut berizin dalam data kami. Lihat tanggal dan sumbernya di bawah, cocokkan nomor izinnya, dan periksa juga hal-hal lain selain nama.',
      }),
    },
    izin_tidak_aktif: {
      judul: translate({ id: 'perekrut.verdict.izin_tidak_aktif', message: 'Izin tidak aktif' }),
      isi: translate({
        id: 'perekrut.verdict.izin_tidak_aktif.isi',
        message: 'Perusahaan ini ada di data kami, tetapi izinnya dicabut, dibekukan, habis masa berlakunya, atau perusahaannya tidak beroperasi. Jangan membayar atau berangkat lewat perusahaan ini.',
      }),
    },
    status_tidak_diketahui: {
      judul: translate({ id: 'perekrut.verdict.status_tidak_diketahui', message: 'Ditemukan, status tidak jelas' }),
      isi: translate({
        id: 'perekrut.verdict.status_tidak_diketahui.isi',
        message: 'Perusahaan ini ada di data kami, tetapi sumber terakhir tidak menyebut apakah izinnya aktif. Tanyakan ke Disnaker atau call center KP2MI sebelum membayar atau berangkat.',
      }),
    },
    mirip: {
      judul: translate({ id: 'perekrut.verdict.mirip', message: 'Mirip, tetapi bukan nama yang sama' }),
      isi: translate({
        id: 'perekrut.verdict.mirip.isi',
        message: 'Apakah yang Anda maksud salah satu di bawah ini? Penipu sering memakai nama yang hanya beda satu kata atau satu huruf dari perusahaan berizin. Cocokkan nama dan nomor izin di surat perekrut dengan data di bawah ini.',
      }),
    },
    tidak_ditemukan: {
      judul: translate({ id: 'perekrut.verdict.tidak_ditemukan', message: 'Tidak ditemukan' }),
      isi: translate({
        id: 'perekrut.verdict.tidak_ditemukan.isi',
        message: 'Nama ini tidak ada di data kami. Itu belum berarti perusahaannya ilegal: data kami tidak lengkap. Sebelum membayar atau berangkat, periksa di SISKOP2MI atau aplikasi Jendela PMI, tanyakan ke Disnaker kabupaten/kota, atau telepon call center KP2MI.',
      }),
    },
  };
}

export function labelStatus(): Record<StatusEntitas, string> {
  return {
    aktif: translate({ id: 'perekrut.status.aktif', message: 'disebut berizin' }),
    dibekukan: translate({ id: 'perekrut.status.dibekukan', message: 'dibekukan / dihentikan sementara' }),
    dicabut: translate({ id: 'perekrut.status.dicabut', message: 'izin dicabut' }),
    tidak_aktif: translate({ id: 'perekrut.status.tidak_aktif', message: 'tidak aktif' }),
    kedaluwarsa: translate({ id: 'perekrut.status.kedaluwarsa', message: 'masa berlaku habis' }),
    tidak_diketahui: translate({ id: 'perekrut.status.tidak_diketahui', message: 'status tidak diketahui' }),
  };
}
