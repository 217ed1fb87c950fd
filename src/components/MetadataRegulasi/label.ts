/**
 * Translated labels for regulation statuses and relations. Written out one by one because
 * Docusaurus extracts only literal translate() calls; the Indonesian wording must match
 * LABEL_STATUS / LABEL_RELASI in src/lib/regulasi (used for the JSON export), which a unit
 * test checks.
 */
import { translate } from '@docusaurus/Translate';
import type { JenisRelasi, StatusRegulasi } from '@site/src/lib/content/schema';

export function labelStatus(): Record<StatusRegulasi, string> {
  return {
    berlaku: translate({ id: 'regulasi.statusLabel.berlaku', message: 'Berlaku' }),
    diubah: translate({ id: 'regulasi.statusLabel.diubah', message: 'Berlaku, telah diubah' }),
    dicabut: translate({ id: 'regulasi.statusLabel.dicabut', message: 'Dicabut' }),
    dicabut_sebagian: translate({ id: 'regulasi.statusLabel.dicabut_sebagian', message: 'Berlaku, sebagian dicabut' }),
    tidak_diketahui: translate({ id: 'regulasi.statusLabel.tidak_diketahui', message: 'Status tidak diketahui' }),
  };
}

export function labelRelasi(): Record<JenisRelasi, { keluar: string; masuk: string }> {
  return {
    ubah: {
      keluar: translate({ id: 'regulasi.relasi.ubah.keluar', message: 'mengubah' }),
      masuk: translate({ id: 'regulasi.relasi.ubah.masuk', message: 'diubah dengan' }),
    },
    cabut: {
      keluar: translate({ id: 'regulasi.relasi.cabut.keluar', message: 'mencabut' }),
      masuk: translate({ id: 'regulasi.relasi.cabut.masuk', message: 'dicabut dengan' }),
    },
    cabut_sebagian: {
      keluar: translate({ id: 'regulasi.relasi.cabut_sebagian.keluar', message: 'mencabut sebagian' }),
      masuk: translate({ id: 'regulasi.relasi.cabut_sebagian.masuk', message: 'dicabut sebagian dengan' }),
    },
    dasar_hukum: {
      keluar: translate({ id: 'regulasi.relasi.dasar_hukum.keluar', message: 'berdasar pada' }),
      masuk: translate({ id: 'regulasi.relasi.dasar_hukum.masuk', message: 'menjadi dasar hukum bagi' }),
    },
    melaksanakan: {
      keluar: translate({ id: 'regulasi.relasi.melaksanakan.keluar', message: 'melaksanakan' }),
      masuk: translate({ id: 'regulasi.relasi.melaksanakan.masuk', message: 'dilaksanakan oleh' }),
    },
  };
}
