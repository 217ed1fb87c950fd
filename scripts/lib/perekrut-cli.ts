/**
 * What the recruiter check prints: one verdict for people, the JSON object for machines, and
 * rows for batch output. Every word comes from src/lib/perekrut/labels; kept apart from
 * argument parsing so tests can call it directly.
 */
import {
  coverage,
  fill,
  evidenceKind,
  KATA_BUKTI,
  KATA_CAKUPAN,
  KATA_DISEBUT_SESUDAH,
  KATA_PERINGATAN,
  KATA_PERISTIWA,
  KATA_STATUS,
  KATA_TANPA_TANGGAL,
  KATA_VERDICT,
  type CheckResult,
  type Candidate,
  type Peristiwa,
  type Registri,
} from '../../src/lib/perekrut';
import { amanTerminal } from './terminal';

export interface RingkasSnapshot {
  tanggal: string | null;
  sumber: string;
}

export function ringkasSnapshot(registri: Registri): RingkasSnapshot {
  const tanggal =
    registri.snapshot
      .map((s) => s.tanggal)
      .filter(Boolean)
      .sort()
      .at(-1) ?? null;
  return { tanggal, sumber: registri.snapshot.map((s) => s.judul).join('; ') };
}

function bukti(p: Peristiwa): { jenis: string; tanggal: string | null; judul: string; url: string | null; snapshot: string } {
  return { jenis: evidenceKind(p), tanggal: p.tanggal_status || null, judul: p.sumber, url: p.sumber_url || null, snapshot: p.snapshot };
}

function barisKandidat(k: Candidate): Record<string, unknown> {
  return {
    nama: k.entitas.nama,
    nomor_izin: k.entitas.nomorIzin.join(', ') || null,
    status: k.entitas.status,
    skor: Math.round(k.skor * 1000) / 1000,
    bukti: bukti(k.entitas.dasar),
  };
}

export function hasilJson(h: CheckResult, snapshot: RingkasSnapshot): object {
  const kata = KATA_VERDICT[h.verdict];
  return {
    query: h.query,
    verdict: h.verdict,
    label: kata.label.id,
    nada: kata.nada,
    matches: h.cocok.map(barisKandidat),
    peringatan: h.peringatan,
    snapshot,
  };
}

function teksBukti(p: Peristiwa): string {
  return `${KATA_PERISTIWA[p.status].id} (${p.tanggal_status || KATA_TANPA_TANGGAL.id}; ${KATA_BUKTI[evidenceKind(p)].id}), sumber: ${p.sumber}${p.sumber_url ? ` <${p.sumber_url}>` : ''}`;
}

export function hasilTeks(h: CheckResult, registri: Registri): string {
  const kata = KATA_VERDICT[h.verdict];
  const baris = [`${kata.label.id.toUpperCase()}: "${amanTerminal(h.query)}"`, kata.penjelasan.id];
  for (const p of h.peringatan) baris.push(`PERHATIAN: ${KATA_PERINGATAN[p].id}`);
  for (const k of h.cocok) {
    const e = k.entitas;
    baris.push(
      `  - ${e.nama} | izin: ${e.nomorIzin.join(', ') || 'tidak tercatat'} | status: ${KATA_STATUS[e.status].label.id}` +
        `${h.verdict === 'mirip' ? ` | kemiripan ${Math.round(k.skor * 100)}%` : ''}`,
      `    bukti: ${teksBukti(e.dasar)}`,
    );
    const sesudah = e.disebutSesudah.at(-1);
    if (sesudah) baris.push(`    ${fill(KATA_DISEBUT_SESUDAH.id, { sumber: sesudah.sumber, tanggal: sesudah.tanggal_status || KATA_TANPA_TANGGAL.id })}`);
  }
  if (h.lainMirip.length > 0) baris.push(`Nama lain yang mirip (bukan perusahaan yang sama): ${h.lainMirip.map((k) => k.entitas.nama).join('; ')}`);
  baris.push(kata.langkah.id);
  const c = coverage(registri);
  baris.push(fill(KATA_CAKUPAN.id, { resmi: c.resmi, publik: c.publik }));
  for (const s of c.snapshot) baris.push(`Data: ${s.judul} (${KATA_BUKTI[s.jenis].id}; ${s.tanggal || KATA_TANPA_TANGGAL.id}; ${s.perusahaan} perusahaan).`);
  return baris.join('\n');
}

export const KOLOM_BATCH = ['query', 'verdict', 'label', 'nama', 'nomor_izin', 'status', 'skor', 'bukti', 'keterangan'] as const;

export function barisBatch(query: string, h: CheckResult | { galat: string }): Record<(typeof KOLOM_BATCH)[number], string> {
  if ('galat' in h) return { query, verdict: 'masukan_tidak_sah', label: '', nama: '', nomor_izin: '', status: '', skor: '', bukti: '', keterangan: h.galat };
  const k = h.cocok[0];
  return {
    query,
    verdict: h.verdict,
    label: KATA_VERDICT[h.verdict].label.id,
    nama: k?.entitas.nama ?? '',
    nomor_izin: k?.entitas.nomorIzin.join(', ') ?? '',
    status: k?.entitas.status ?? '',
    skor: k ? String(Math.round(k.skor * 1000) / 1000) : '',
    bukti: k ? teksBukti(k.entitas.dasar) : '',
    keterangan: [h.cocok.length > 1 ? `${h.cocok.length} kandidat` : '', ...h.peringatan.map((p) => KATA_PERINGATAN[p].id)].filter(Boolean).join(' '),
  };
}
