/**
 * The warning-signs checklist: which signs exist (data/tanda-bahaya.json) and what to do once
 * some are ticked. The advice is a proposal of this site, not an official rule, and never says
 * that signs prove trafficking.
 */
import type * as z from 'zod';
import type { dataTandaSchema } from './schema';

/** The file's types, inferred from the schema that checks it at build time (type-only import). */
export type DataTanda = z.infer<typeof dataTandaSchema>;
/** One sign; `darurat`: someone may be in danger right now (call the police, do not wait). */
export type Tanda = DataTanda['tanda'][number];

export type Saran = 'tidak-ada' | 'laporkan' | 'darurat';

export function saranTanda(semua: readonly Tanda[], tercentang: ReadonlySet<string>): Saran {
  const dipilih = semua.filter((t) => tercentang.has(t.id));
  if (dipilih.some((t) => t.darurat)) return 'darurat';
  return dipilih.length > 0 ? 'laporkan' : 'tidak-ada';
}
