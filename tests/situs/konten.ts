/** What a page's own front matter says, so tests follow content edits instead of pinning them. */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { formatDate } from '../../src/lib/content/date';

/** The review date of `docs/<dok>` (`diperbarui`), as the page prints it in Indonesian. */
export function tanggalDiperbarui(dok: string): string {
  const isi = readFileSync(`docs/${dok}`, 'utf8');
  const fm = yaml.load(isi.slice(4, isi.indexOf('\n---', 4))) as { diperbarui: string | Date };
  const tanggal = fm.diperbarui instanceof Date ? fm.diperbarui.toISOString().slice(0, 10) : String(fm.diperbarui);
  return formatDate(tanggal, 'id');
}
