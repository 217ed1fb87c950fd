/**
 * What the recruiter check prints: one verdict for people, the JSON object for machines, and
 * rows for batch output. Kept apart from argument parsing so tests can call it directly.
 */
import { LABEL_STATUS_ENTITAS, LABEL_VERDICT, PENJELASAN_VERDICT, type HasilCek, type Kandidat, type Provenans } from '../../src/lib/perekrut';

export interface RingkasSnapshot {
  tanggal: string | null;
  sumber: string;
}

export function ringkasSnapshot(snapshot: readonly Provenans[]): RingkasSnapshot {
  const tanggal = snapshot.map((s) => s.tanggal).filter(Boolean).sort().at(-1) ?? null;
  return { tanggal, sumber: snapshot.map((s) => s.judul).join('; ') };
}

function barisKandidat(k: Kandidat): Record<string, string | number | null> {
  return {
    nama: k.entitas.nama,
    nomor_izin: k.entitas.nomorIzin.join(', ') || null,
    status: k.entitas.status,
    skor: Math.round(k.skor * 1000) / 1000,
  };
}

export function hasilJson(h: HasilCek, snapshot: RingkasSnapshot): object {
  return { query: h.query, verdict: h.verdict, matches: h.cocok.map(barisKandidat), snapshot };
}

function tanggalBukti(k: Kandidat): string {
  const p = k.entitas.dasar;
  return `${p.status.replace(/_/g, ' ')}${p.tanggal_status ? ` (${p.tanggal_status})` : ' (tanggal tidak diketahui)'}, sumber: ${p.sumber}${p.sumber_url ? ` <${p.sumber_url}>` : ''}`;
}

export function hasilTeks(h: HasilCek, snapshot: RingkasSnapshot): string {
  const baris = [`${LABEL_VERDICT[h.verdict]}: "${h.query}"`, PENJELASAN_VERDICT[h.verdict]];
  for (const k of h.cocok) {
    baris.push(
      `  - ${k.entitas.nama} | izin: ${k.entitas.nomorIzin.join(', ') || 'tidak tercatat'} | status: ${LABEL_STATUS_ENTITAS[k.entitas.status]}` +
        `${h.verdict === 'mirip' ? ` | kemiripan ${Math.round(k.skor * 100)}%` : ''}`,
      `    bukti terakhir: ${tanggalBukti(k)}`,
    );
    if (k.entitas.bertentangan) baris.push('    perhatian: riwayatnya bertentangan (pernah dicabut/dibekukan dan pernah disebut berizin).');
  }
  if (h.lainMirip.length > 0) baris.push(`Nama lain yang mirip (bukan perusahaan yang sama): ${h.lainMirip.map((k) => k.entitas.nama).join('; ')}`);
  baris.push(`Data: ${snapshot.sumber} (snapshot ${snapshot.tanggal ?? 'tanggal tidak diketahui'}). Bukan daftar resmi; daftar resmi: SISKOP2MI.`);
  return baris.join('\n');
}

export const KOLOM_BATCH = ['query', 'verdict', 'nama', 'nomor_izin', 'status', 'skor', 'keterangan'] as const;

export function barisBatch(query: string, h: HasilCek | { galat: string }): Record<(typeof KOLOM_BATCH)[number], string> {
  if ('galat' in h) return { query, verdict: 'masukan_tidak_sah', nama: '', nomor_izin: '', status: '', skor: '', keterangan: h.galat };
  const k = h.cocok[0];
  return {
    query,
    verdict: h.verdict,
    nama: k?.entitas.nama ?? '',
    nomor_izin: k?.entitas.nomorIzin.join(', ') ?? '',
    status: k?.entitas.status ?? '',
    skor: k ? String(Math.round(k.skor * 1000) / 1000) : '',
    keterangan: h.cocok.length > 1 ? `${h.cocok.length} kandidat` : '',
  };
}
