/** What changed between two versions of a snapshot, by company (normalised name). */
import { normalizeName } from './normalize';
import { buildRegistri, type Snapshot, type StatusEntitas } from './registri';

export interface SnapshotDiff {
  ditambah: string[];
  dihapus: string[];
  berubah: { nama: string; dari: StatusEntitas; ke: StatusEntitas }[];
}

export function diffSnapshots(lama: Snapshot | undefined, baru: Snapshot, hariIni: string): SnapshotDiff {
  // A new snapshot: every company is added, and no registry needs building to say so.
  if (!lama) {
    const nama = new Map<string, string>();
    for (const b of baru.baris) {
      const k = normalizeName(b.nama).kunci;
      if (!nama.has(k)) nama.set(k, b.nama);
    }
    return { ditambah: [...nama.values()], dihapus: [], berubah: [] };
  }
  const a = new Map((lama ? buildRegistri([lama], hariIni).entitas : []).map((e) => [e.kunci, e]));
  const b = new Map(buildRegistri([baru], hariIni).entitas.map((e) => [e.kunci, e]));
  return {
    ditambah: [...b.values()].filter((e) => !a.has(e.kunci)).map((e) => e.nama),
    dihapus: [...a.values()].filter((e) => !b.has(e.kunci)).map((e) => e.nama),
    berubah: [...b.values()].flatMap((e) => {
      const x = a.get(e.kunci);
      return x && x.status !== e.status ? [{ nama: e.nama, dari: x.status, ke: e.status }] : [];
    }),
  };
}
