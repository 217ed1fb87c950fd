/**
 * The kinds of regulation, in one table: the front matter's `jenis` values (src/lib/content/
 * schema), how each is cited (short and full name), and the words people type for it in a search
 * ("pasal 60 uu 21/2007"), which are also how the pages' file names start (`uu-21-2007`,
 * `perda-kota-kupang-3-2019`). Browser-safe: no zod.
 */
export const JENIS_REGULASI = ['uu', 'perpu', 'pp', 'perpres', 'permen', 'perban', 'perda_prov', 'perda_kabkota', 'pergub', 'perwali', 'perbup', 'sk'] as const;
export type JenisRegulasi = (typeof JENIS_REGULASI)[number];

export interface InfoJenisRegulasi {
  singkat: string;
  lengkap: string;
  /** Words that name this kind in a query and start its pages' file names. */
  kata: readonly string[];
}

export const LABEL_JENIS: Record<JenisRegulasi, InfoJenisRegulasi> = {
  uu: { singkat: 'UU', lengkap: 'Undang-Undang', kata: ['uu'] },
  perpu: { singkat: 'Perpu', lengkap: 'Peraturan Pemerintah Pengganti Undang-Undang', kata: ['perpu', 'perppu'] },
  pp: { singkat: 'PP', lengkap: 'Peraturan Pemerintah', kata: ['pp'] },
  perpres: { singkat: 'Perpres', lengkap: 'Peraturan Presiden', kata: ['perpres'] },
  permen: { singkat: 'Permen', lengkap: 'Peraturan Menteri', kata: ['permen', 'permeneg'] },
  perban: { singkat: 'Perban', lengkap: 'Peraturan Badan', kata: ['perban'] },
  perda_prov: { singkat: 'Perda Provinsi', lengkap: 'Peraturan Daerah Provinsi', kata: ['perda'] },
  perda_kabkota: { singkat: 'Perda', lengkap: 'Peraturan Daerah Kabupaten/Kota', kata: ['perda'] },
  pergub: { singkat: 'Pergub', lengkap: 'Peraturan Gubernur', kata: ['pergub'] },
  perwali: { singkat: 'Perwali', lengkap: 'Peraturan Wali Kota', kata: ['perwali'] },
  perbup: { singkat: 'Perbup', lengkap: 'Peraturan Bupati', kata: ['perbup'] },
  sk: { singkat: 'Keputusan', lengkap: 'Keputusan (penetapan)', kata: ['sk', 'kepgub', 'kepwal'] },
};

/** Every word that names a kind of regulation in a query. */
export const KATA_JENIS: ReadonlySet<string> = new Set(Object.values(LABEL_JENIS).flatMap((j) => j.kata));
