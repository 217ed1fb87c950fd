import React, { type ReactNode } from 'react';
import type { FungsiSorot } from './muat';

/** Snippet text with matched words in <mark>; every part is a text node, never HTML. */
export default function Sorotan({ teks, istilah, sorot }: { teks: string; istilah: readonly string[]; sorot: FungsiSorot | null }): ReactNode {
  if (!sorot) return teks;
  return <>{sorot(teks, istilah).map((s, i) => (s.sorot ? <mark key={i}>{s.teks}</mark> : <React.Fragment key={i}>{s.teks}</React.Fragment>))}</>;
}
