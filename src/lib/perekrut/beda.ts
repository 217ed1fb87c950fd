/** What changed between two versions of a snapshot, by company (normalised name). */
import { normalisasiNama } from './normalisasi';
import { bandingPeristiwa, bangunRegistri, bertentanganSehari, type BarisRegistri, type Peristiwa, type Snapshot, type StatusEntitas } from './registri';

export interface BedaSnapshot {
  ditambah: string[];
  dihapus: string[];
  berubah: { nama: string; dari: StatusEntitas; ke: StatusEntitas }[];
}

export function bedaSnapshot(lama: Snapshot | undefined, baru: Snapshot, hariIni: string): BedaSnapshot {
  const a = new Map((lama ? bangunRegistri([lama], hariIni).entitas : []).map((e) => [e.kunci, e]));
  const b = new Map(bangunRegistri([baru], hariIni).entitas.map((e) => [e.kunci, e]));
  return {
    ditambah: [...b.values()].filter((e) => !a.has(e.kunci)).map((e) => e.nama),
    dihapus: [...a.values()].filter((e) => !b.has(e.kunci)).map((e) => e.nama),
    berubah: [...b.values()].flatMap((e) => {
      const x = a.get(e.kunci);
      return x && x.status !== e.status ? [{ nama: e.nama, dari: x.status, ke: e.status }] : [];
    }),
  };
}

export interface KonflikSehari {
  nama: string;
  tanggal: string;
  /** Lines of the disagreeing rows. */
  baris: number[];
}

/**
 * Rows about one firm, on one date, that disagree (licensed and revoked on the same day). The
 * adverse one wins (see `bangunRegistri`); the importer reports them so a person can look.
 */
export function konflikSehari(baris: readonly BarisRegistri[], nomorBaris: readonly number[]): KonflikSehari[] {
  const grup = new Map<string, { p: Peristiwa; no: number }[]>();
  baris.forEach((b, i) => {
    if (!b.tanggal_status) return;
    const k = `${normalisasiNama(b.nama).kunci}|${b.tanggal_status}`;
    const p: Peristiwa = { ...b, snapshot: '', resmi: false };
    grup.set(k, [...(grup.get(k) ?? []), { p, no: nomorBaris[i] ?? i + 2 }]);
  });
  const hasil: KonflikSehari[] = [];
  for (const daftar of grup.values()) {
    const bentrok = daftar.filter((a) => daftar.some((b) => bertentanganSehari(a.p, b.p)));
    if (bentrok.length === 0) continue;
    const urut = [...bentrok].sort((a, b) => bandingPeristiwa(a.p, b.p));
    const akhir = urut[urut.length - 1] as { p: Peristiwa };
    hasil.push({ nama: akhir.p.nama, tanggal: akhir.p.tanggal_status, baris: bentrok.map((x) => x.no).sort((a, b) => a - b) });
  }
  return hasil;
}
