/**
 * What a translation must carry over unchanged from the Indonesian page it translates: every
 * digit group (numbers, dates, years, amounts, phone numbers, pasal numbers), the pasal and ayat
 * cited, the contact cards shown, and the heading anchors. Words may change; these may not.
 */

export interface Facts {
  /** Each run of digits, with how often it occurs. */
  digits: Map<string, number>;
  /** Pasal numbers cited ("Pasal 2", "Article 2", "#pasal-2"). */
  pasal: Set<string>;
  /** `<Kontak id="…">` ids. */
  kontak: Set<string>;
  /** Explicit heading ids and pasal/ayat headings. */
  anchors: Set<string>;
}

/** The line that names the Indonesian revision differs by design; it is not a fact of the page. */
const REVISION_LINE = /^terjemahan_dari:.*$/m;

export function factsOf(text: string): Facts {
  const t = text.replace(REVISION_LINE, '');
  const digits = new Map<string, number>();
  for (const m of t.matchAll(/\d+/g)) digits.set(m[0], (digits.get(m[0]) ?? 0) + 1);
  const pasal = new Set([...t.matchAll(/\b(?:pasal|article)[\s-]+(\d+[a-z]?)\b/gi)].map((m) => (m[1] as string).toLowerCase()));
  const kontak = new Set([...t.matchAll(/<Kontak\s+id="([^"]+)"/g)].map((m) => m[1] as string));
  const anchors = new Set<string>();
  for (const m of t.matchAll(/^#{1,6} .*?(?:\{#([^}]+)\}|\{\/\*\s*#([^*]+?)\s*\*\/\})\s*$/gm)) anchors.add((m[1] ?? m[2]) as string);
  let pasalAktif = '';
  for (const m of t.matchAll(/^#{1,6} (Pasal (\d+[A-Z]?)|Ayat \((\d+)\))\s*$/gm)) {
    if (m[2]) anchors.add((pasalAktif = `pasal-${m[2].toLowerCase()}`));
    else if (m[3]) anchors.add(`${pasalAktif}-ayat-${m[3]}`);
  }
  return { digits, pasal, kontak, anchors };
}

/** Every way `terjemahan` differs from `asli` in facts, in one readable line each (empty: none). */
export function compareFacts(asli: string, terjemahan: string): string[] {
  const a = factsOf(asli);
  const b = factsOf(terjemahan);
  const out: string[] = [];
  for (const k of new Set([...a.digits.keys(), ...b.digits.keys()])) {
    const x = a.digits.get(k) ?? 0;
    const y = b.digits.get(k) ?? 0;
    if (x !== y) out.push(`angka "${k}": ${x}× di halaman Indonesia, ${y}× di terjemahan`);
  }
  const set = (nama: string, p: Set<string>, q: Set<string>): void => {
    const hilang = [...p].filter((x) => !q.has(x));
    const tambah = [...q].filter((x) => !p.has(x));
    if (hilang.length) out.push(`${nama} tidak ada di terjemahan: ${hilang.join(', ')}`);
    if (tambah.length) out.push(`${nama} hanya ada di terjemahan: ${tambah.join(', ')}`);
  };
  set('pasal', a.pasal, b.pasal);
  set('kontak', a.kontak, b.kontak);
  set('anchor', a.anchors, b.anchors);
  return out;
}
