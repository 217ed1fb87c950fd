/**
 * The warning-signs checklist: which signs exist (data/tanda-bahaya.json) and what to do once
 * some are ticked. The advice is a proposal of this site, not an official rule, and never says
 * that signs prove trafficking.
 */
import type { Sumber } from '../content/schema';

export interface Tanda {
  id: string;
  kelompok: string;
  teks: string;
  /** Someone may be in danger right now: call the police, do not wait. */
  darurat: boolean;
  sumber: Sumber[];
}

export interface DataTanda {
  kelompok: { id: string; judul: string }[];
  tanda: Tanda[];
}

export type Saran = 'tidak-ada' | 'laporkan' | 'darurat';

export function saranTanda(semua: readonly Tanda[], tercentang: ReadonlySet<string>): Saran {
  const dipilih = semua.filter((t) => tercentang.has(t.id));
  if (dipilih.some((t) => t.darurat)) return 'darurat';
  return dipilih.length > 0 ? 'laporkan' : 'tidak-ada';
}
