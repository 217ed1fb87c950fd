/**
 * The RT head's report: one list of fields used by the interactive form, the blank printable
 * form and the message, so the three always ask the same questions. Building the message is
 * pure; nothing here sends or stores anything.
 */

export type IdIsian = 'apa' | 'tempat' | 'kelurahan' | 'waktu' | 'jumlah' | 'anak' | 'kendaraan' | 'perekrut' | 'pelapor';

export interface Isian {
  id: IdIsian;
  /** The question, in Indonesian: the form on the Indonesian site and the message use it. */
  label: string;
  bantuan: string;
  /** The same question for the English site's form; the message stays Indonesian (it goes to Indonesian offices). */
  en: { label: string; bantuan: string; pilihan?: string[] };
  jenis: 'teks' | 'paragraf' | 'pilihan';
  wajib: boolean;
  pilihan?: string[];
  /** Lines to leave on the blank paper form. */
  baris: number;
}

export const ISIAN: readonly Isian[] = [
  {
    id: 'apa',
    label: 'Apa yang Anda lihat atau dengar?',
    bantuan: 'Tulis apa adanya: siapa melakukan apa. Jangan menebak.',
    en: { label: 'What did you see or hear?', bantuan: 'Write it as it is: who did what. Do not guess.' },
    jenis: 'paragraf',
    wajib: true,
    baris: 4,
  },
  {
    id: 'tempat',
    label: 'Di mana?',
    bantuan: 'Alamat, nama kos atau rumah, patokan (dekat apa).',
    en: { label: 'Where?', bantuan: 'Address, name of the boarding house (kos) or home, a landmark (near what).' },
    jenis: 'teks',
    wajib: true,
    baris: 2,
  },
  {
    id: 'kelurahan',
    label: 'Kelurahan',
    bantuan: 'Bila di Kota Kupang, pilih kelurahannya.',
    en: { label: 'Kelurahan (urban village)', bantuan: 'If in Kota Kupang, choose the kelurahan.' },
    jenis: 'pilihan',
    wajib: false,
    baris: 1,
  },
  {
    id: 'waktu',
    label: 'Kapan?',
    bantuan: 'Tanggal dan jam, atau "sejak kapan" bila berlangsung lama.',
    en: { label: 'When?', bantuan: 'Date and time, or "since when" if it has been going on for a while.' },
    jenis: 'teks',
    wajib: true,
    baris: 1,
  },
  {
    id: 'jumlah',
    label: 'Berapa orang?',
    bantuan: 'Perkiraan saja bila tidak tahu pasti.',
    en: { label: 'How many people?', bantuan: 'An estimate is fine if you do not know exactly.' },
    jenis: 'teks',
    wajib: false,
    baris: 1,
  },
  {
    id: 'anak',
    label: 'Ada anak-anak (di bawah 18 tahun)?',
    bantuan: '',
    en: { label: 'Are there children (under 18)?', bantuan: '', pilihan: ['Yes', 'No', 'Do not know'] },
    jenis: 'pilihan',
    wajib: false,
    pilihan: ['Ya', 'Tidak', 'Tidak tahu'],
    baris: 1,
  },
  {
    id: 'kendaraan',
    label: 'Kendaraan',
    bantuan: 'Jenis, warna, nomor polisi bila terlihat.',
    en: { label: 'Vehicle', bantuan: 'Type, colour, number plate if you could see it.' },
    jenis: 'teks',
    wajib: false,
    baris: 1,
  },
  {
    id: 'perekrut',
    label: 'Nama perekrut, sponsor atau perusahaan',
    bantuan: 'Bila Anda tahu. Jangan menanyakannya langsung kepada mereka.',
    en: { label: 'Name of the recruiter, sponsor or company', bantuan: 'If you know it. Do not ask them directly.' },
    jenis: 'teks',
    wajib: false,
    baris: 2,
  },
  {
    id: 'pelapor',
    label: 'Nama dan nomor Anda',
    bantuan: 'Boleh dikosongkan. Petugas mungkin perlu menghubungi Anda.',
    en: { label: 'Your name and number', bantuan: 'You may leave this empty. The officer may need to contact you.' },
    jenis: 'teks',
    wajib: false,
    baris: 1,
  },
];

export type LaporanValues = Partial<Record<IdIsian, string>>;

/** Required fields still empty, in form order. */
export function missingFields(nilai: LaporanValues): Isian[] {
  return ISIAN.filter((i) => i.wajib && !nilai[i.id]?.trim());
}

const JUDUL = 'LAPORAN DUGAAN PERDAGANGAN ORANG (TPPO)';
const PENUTUP = 'Mohon identitas korban dan pelapor dirahasiakan (UU 21/2007 Pasal 44).';

/**
 * The message to send or print: every filled field with its question, in form order; empty
 * optional fields are left out so the reader is not misled by blanks.
 */
export function composeMessage(nilai: LaporanValues, kota = 'Kota Kupang'): string {
  const baris: string[] = [JUDUL, ''];
  for (const isian of ISIAN) {
    const v = nilai[isian.id]?.trim();
    if (!v) continue;
    if (isian.id === 'kelurahan') continue;
    const teks = isian.id === 'tempat' && nilai.kelurahan?.trim() ? `${v} (Kelurahan ${nilai.kelurahan.trim()}, ${kota})` : v;
    baris.push(`${isian.label.replace(/\?$/, '')}: ${teks}`);
  }
  baris.push('', PENUTUP);
  return baris.join('\n');
}

export const DRAFT_KEY = 'pustaka-tppo:draf-laporan';

/** Longest answer kept from a stored draft (a paragraph of a few thousand characters is plenty). */
const PANJANG_DRAF_MAKS = 5000;

/** What is stored: the same shape `bacaDraf` accepts. */
export function writeDraft(nilai: LaporanValues): string {
  return JSON.stringify(Object.fromEntries(ISIAN.flatMap((i) => (typeof nilai[i.id] === 'string' ? [[i.id, nilai[i.id]]] : []))));
}

/**
 * A stored draft read back defensively: only an object whose keys are the form's fields and whose
 * values are text is a draft. Anything else (`null`, `{"apa":5}`, broken JSON) is `rusak`, so
 * the form can say so and offer to delete it instead of failing.
 */
export function readDraft(teks: string | null): { nilai: LaporanValues } | 'rusak' | null {
  if (teks === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(teks);
  } catch {
    return 'rusak';
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return 'rusak';
  const dikenal = new Set<string>(ISIAN.map((i) => i.id));
  const nilai: LaporanValues = {};
  for (const [k, v] of Object.entries(data)) {
    if (!dikenal.has(k) || typeof v !== 'string' || v.length > PANJANG_DRAF_MAKS) return 'rusak';
    nilai[k as IdIsian] = v;
  }
  return { nilai };
}
