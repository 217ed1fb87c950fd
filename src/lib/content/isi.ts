/**
 * Checks on a page's body (not its front matter): the title comes from front matter, so a
 * `# heading` would print a second title; no `GANTI:` marker from a template may remain; and
 * phone numbers come from data/kontak.json through <Kontak>, never typed as tel:/wa.me links.
 */

/** Lines outside fenced code blocks, with their 1-based line numbers. */
function barisTeks(isi: string): { no: number; teks: string }[] {
  const hasil: { no: number; teks: string }[] = [];
  let pagar: string | undefined;
  isi.split('\n').forEach((teks, i) => {
    const m = /^\s*(`{3,}|~{3,})/.exec(teks);
    if (m?.[1]) {
      if (!pagar) pagar = m[1];
      else if (m[1].startsWith(pagar)) pagar = undefined;
      return;
    }
    if (!pagar) hasil.push({ no: i + 1, teks });
  });
  return hasil;
}

export function checkBody(file: string, fileContent: string): string[] {
  const akhirFm = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(fileContent)?.[0] ?? '';
  const geser = akhirFm.split('\n').length - 1;
  const masalah: string[] = [];
  for (const { no, teks } of barisTeks(fileContent.slice(akhirFm.length))) {
    if (/^#\s/.test(teks)) masalah.push(`${file}:${no + geser}: judul "# ..." di isi; judul halaman diambil dari field title.`);
    if (teks.includes('GANTI:')) masalah.push(`${file}:${no + geser}: masih ada "GANTI:" dari templat.`);
    if (/\]\((tel:|https?:\/\/wa\.me\/)/.test(teks)) {
      masalah.push(`${file}:${no + geser}: nomor telepon diketik di halaman; pakai <Kontak id="..." /> dari data/kontak.json.`);
    }
  }
  return masalah;
}
