/** Write a file so that readers see either the old or the new content, never half of it. */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function tulisAtomik(path: string, isi: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const sementara = `${path}.${process.pid}.tmp`;
  writeFileSync(sementara, isi);
  renameSync(sementara, path);
}
