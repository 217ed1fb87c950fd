/** The registry rows the build generated (src/plugins/perekrut), and the index built from them in the browser. */
import { useMemo } from 'react';
import data from '@generated/perekrut/default/registri.json';
import { buildRegistri, createMatcher, type Matcher } from '@site/src/lib/perekrut';
import { useHariIni } from '@site/src/components/Kontak/useHariIni';

export const SNAPSHOT = data.snapshot;

export function usePencocok(): { pencocok: Matcher; hariIni: string } {
  const hariIni = useHariIni();
  const pencocok = useMemo(() => createMatcher(buildRegistri(SNAPSHOT, hariIni)), [hariIni]);
  return { pencocok, hariIni };
}

/** Whole days between two YYYY-MM-DD dates. */
export function selisihHari(dari: string, ke: string): number {
  return Math.round((Date.parse(ke) - Date.parse(dari)) / 86_400_000);
}
