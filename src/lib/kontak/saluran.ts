/**
 * Who to call for whom: the one place that decides which channels the SOP, the report builder,
 * the contact lists, the blank form and the RT card offer for a person at risk in a region.
 * Each contact in data/kontak.json says whom it serves (`melayani`), as its sources describe
 * the service; nothing here widens that. SAPA 129 serves women and children (every source says
 * so), so an adult man is sent to the police, never only to SAPA 129.
 */
import type { Kontak } from '.';

/** Whom a service serves, as its sources describe it. */
export const LAYANAN = ['darurat', 'semua', 'anak', 'perempuan', 'pekerja_migran', 'pekerja', 'saksi_korban'] as const;
export type Layanan = (typeof LAYANAN)[number];

/** Whom a service is for, in words (search documents of contact cards read these). */
export const KATA_LAYANAN: Record<'id' | 'en', Record<Layanan, string>> = {
  id: {
    darurat: 'keadaan darurat',
    semua: 'semua orang',
    anak: 'anak',
    perempuan: 'perempuan',
    pekerja_migran: 'pekerja migran',
    pekerja: 'pekerja',
    saksi_korban: 'saksi dan korban',
  },
  en: {
    darurat: 'emergency',
    semua: 'everyone',
    anak: 'children',
    perempuan: 'women',
    pekerja_migran: 'migrant workers',
    pekerja: 'workers',
    saksi_korban: 'witnesses and victims',
  },
};

/** The person at risk, as an RT head would see them. */
export const ORANG = ['anak', 'perempuan', 'laki_laki', 'pekerja_migran', 'saksi'] as const;
export type Orang = (typeof ORANG)[number];

/** Services made for this person (beyond those for everyone). */
const KHUSUS: Record<Orang, readonly Layanan[]> = {
  anak: ['anak'],
  perempuan: ['perempuan'],
  laki_laki: [],
  pekerja_migran: ['pekerja_migran'],
  saksi: ['saksi_korban'],
};

export const KATA_ORANG: Record<'id' | 'en', Record<Orang, string>> = {
  id: {
    anak: 'Anak (di bawah 18 tahun)',
    perempuan: 'Perempuan dewasa',
    laki_laki: 'Laki-laki dewasa',
    pekerja_migran: 'Calon pekerja migran, pencari kerja, atau pekerja di luar negeri',
    saksi: 'Saksi atau korban yang diancam',
  },
  en: {
    anak: 'A child (under 18)',
    perempuan: 'An adult woman',
    laki_laki: 'An adult man',
    pekerja_migran: 'A prospective migrant worker, job seeker, or worker abroad',
    saksi: 'A witness or victim who is threatened',
  },
};

/** The region (its id) and the province it lies in, as `findWilayah` gives them. */
export interface WilayahSaluran {
  id: string;
  induk?: string;
}

function diWilayah(k: Kontak, w: WilayahSaluran | null): number {
  if (w && k.wilayah.includes(w.id)) return 0;
  if (w?.induk && k.wilayah.includes(w.induk)) return 1;
  if (k.wilayah.includes('nasional')) return 2;
  return -1;
}

/**
 * The channels for `orang` in `wilayah` (null: national only), in the order to try them: with
 * `darurat`, the emergency line first; then the services made for this person, local before
 * national; then those for everyone (the police take any report, at the SPKT). Contacts of other
 * regions never appear.
 */
export function saluranFor(semua: readonly Kontak[], orang: Orang, wilayah: WilayahSaluran | null, opsi: { darurat?: boolean } = {}): Kontak[] {
  const khusus = KHUSUS[orang];
  const peringkat = (k: Kontak): number => {
    if (opsi.darurat && k.melayani.includes('darurat')) return 0;
    if (k.melayani.some((l) => khusus.includes(l))) return 1;
    if (k.melayani.includes('semua')) return 2;
    return -1;
  };
  return semua
    .map((k, i) => ({ k, i, p: peringkat(k), w: diWilayah(k, wilayah) }))
    .filter((x) => x.p >= 0 && x.w >= 0)
    .sort((a, b) => a.p - b.p || a.w - b.w || a.i - b.i)
    .map((x) => x.k);
}

/** The contacts to send a written report to by WhatsApp, for this person, in that order. */
export function whatsAppRecipients(semua: readonly Kontak[], orang: Orang, wilayah: WilayahSaluran | null): Kontak[] {
  return saluranFor(semua, orang, wilayah).filter((k) => k.whatsapp.length > 0);
}
