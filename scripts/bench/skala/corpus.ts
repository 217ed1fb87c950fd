/**
 * Synthetic corpora for the scale benchmark (scripts/bench/skala.ts), after the method of
 * ../shared/reviews/2026-12-search-scale.md §1 ("Synthetic corpora"), simplified.
 *
 * The real corpus is today's Indonesian search index, re-derived with full text: the sections of
 * every built page (`halamanSections` over build/, as the finishing step src/plugins/terbit does),
 * the contact cards and the registry companies (src/plugins/terbit/cari), in the shipped index's
 * order, with each page's kind and facets read from that index (scripts/lib/muat-indeks-cari).
 *
 * One scale unit is one variant of every real section. Variant k of a page:
 * - keeps each sentence with probability 0.6, else takes a random sentence of a section of the
 *   same kind (regulation, SOP, training, page, contact, registry row);
 * - swaps the places the real text names (places.ts) for other real places of the same level,
 *   consistently within the page variant;
 * - renumbers half of the regulation numbers (`21/2007`, `21 Tahun 2007`), consistently within
 *   the page variant;
 * - gives every registry company a partly invented name (about a third of its words), the same
 *   throughout the variant;
 * - lives under `/v<k>` + the original path (anchors kept).
 * A seeded PRNG per page variant makes a run reproducible, and variant k the same at every scale.
 */
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildIndex, contentHash, type Dictionary, type SearchDocument, type StoredDocument } from '../../../src/lib/search/compact-index';
import { halamanSections } from '../../../src/lib/search/sections';
import { parseHtml } from '../../../src/lib/web/html';
import { dokumenKontak, dokumenRegistri } from '../../../src/plugins/terbit/cari';
import { readDocuments, readManifest } from '../../lib/muat-indeks-cari';
import { escapeRe, placePattern, type FoundPlace, type Places, type Regency } from './places';
import { mulberry32 } from '../../../src/lib/random';

export interface RealCorpus {
  /** Every section of today's index, with its full text, in the index's order. */
  documents: SearchDocument[];
  /** The same sections grouped by page (the part of the URL before `#`), in first-seen order. */
  pages: { path: string; documents: SearchDocument[] }[];
  /** Sections whose full text was not found (their snippet stands in); 0 when build/ is current. */
  fromSnippet: number;
  /** The index folder the build's manifest names (`cari/<hash>/`). */
  shippedFolder: string;
}

/** One page of a synthetic corpus: its sections as search documents, and its HTML for Pagefind. */
export interface SyntheticPage {
  path: string;
  documents: SearchDocument[];
}

const seedOf = (...parts: (string | number)[]): number => Number.parseInt(contentHash(parts.map(String)), 16);
const pick = <T>(xs: readonly T[], rnd: () => number): T => xs[Math.floor(rnd() * xs.length)] as T;
const pagePath = (url: string): string => url.split('#')[0] as string;

const readText = (file: string): string | undefined => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);

/**
 * Copies the Indonesian pages and search index of `buildDir` to `dest` (no assets, no build/en),
 * so that a rebuild running meanwhile cannot change what is read. A copy counts only when the
 * manifest was the same before and after and the index it names was copied; otherwise it waits
 * and tries again, for up to `waitMs`. Returns false when no consistent copy could be made.
 */
export async function snapshotBuild(buildDir: string, dest: string, waitMs: number): Promise<boolean> {
  const until = Date.now() + waitMs;
  for (;;) {
    const before = readText(join(buildDir, 'indeks-cari.json'));
    if (before) {
      try {
        rmSync(dest, { recursive: true, force: true });
        cpSync(buildDir, dest, {
          recursive: true,
          filter: (src) => !/^(en|assets|img)$/.test(relative(buildDir, src)) && !/\.(js|css|png|svg|jpg|webp|woff2?|pdf|tmp)$/.test(src),
        });
        const dasar = (JSON.parse(before) as { dasar: string }).dasar;
        if (readText(join(buildDir, 'indeks-cari.json')) === before && existsSync(join(dest, dasar, 'kamus.json')) && existsSync(join(dest, 'index.html'))) return true;
      } catch {
        // The build changed under the copy; try again.
      }
    }
    if (Date.now() > until) return false;
    await new Promise((ok) => setTimeout(ok, 5000));
  }
}

/** The built file of a page path: folder index pages are written as `<folder>.html`. */
function builtFile(buildDir: string, path: string): string | undefined {
  return [join(buildDir, `${path}.html`), join(buildDir, path, 'index.html')].find((f) => existsSync(f));
}

/** Today's corpus with full text (see the header). */
export function readRealCorpus(buildDir: string, siteDir: string): RealCorpus {
  const stored = readDocuments(buildDir);
  const full = new Map<string, SearchDocument>();
  for (const d of [...dokumenKontak('/', 'id'), ...dokumenRegistri(siteDir, '/', 'id')]) full.set(d.url, d);
  // A page's kind and facets, from its own sections (a page can also hold cards: /kontak).
  const facetsOf = new Map<string, StoredDocument>();
  for (const d of stored) if (!d.registri && d.jenis !== 'kontak' && !facetsOf.has(pagePath(d.url))) facetsOf.set(pagePath(d.url), d);
  for (const [path, facets] of facetsOf) {
    const file = builtFile(buildDir, path);
    if (!file) continue;
    const { judul, bagian } = halamanSections(parseHtml(readFileSync(file, 'utf8')));
    for (const b of bagian) {
      const url = b.id ? `${path}#${b.id}` : path;
      full.set(url, { url, judul, bagian: b.judul, teks: b.teks, jenis: facets.jenis, wilayah: facets.wilayah, ...(facets.regulasi ? { regulasi: facets.regulasi } : {}) });
    }
  }
  let fromSnippet = 0;
  // The marks the build gives from front matter (revoked law, evidence notes), as the shipped dictionary lists them by id.
  const kamus = JSON.parse(readText(join(buildDir, readManifest(buildDir).dasar, 'kamus.json')) ?? '{}') as Partial<Dictionary>;
  const dicabut = new Set(kamus.c ?? []);
  const catatanBukti = new Set(kamus.b ?? []);
  const documents = stored.map((s, id): SearchDocument => {
    const tanda = { ...(dicabut.has(id) ? { dicabut: true } : {}), ...(catatanBukti.has(id) ? { catatanBukti: true } : {}) };
    const d = full.get(s.url);
    if (d && d.judul === s.judul && d.bagian === s.bagian) return { ...d, ...tanda };
    fromSnippet += 1;
    const { cuplikan, ...rest } = s;
    return { ...rest, teks: cuplikan, ...tanda };
  });
  const pages = new Map<string, SearchDocument[]>();
  for (const d of documents) {
    const p = pagePath(d.url);
    pages.set(p, [...(pages.get(p) ?? []), d]);
  }
  return { documents, pages: [...pages].map(([path, docs]) => ({ path, documents: docs })), fromSnippet, shippedFolder: readManifest(buildDir).dasar };
}

export interface ShippedComparison {
  /** The folder `tulisIndeks` would name for the re-derived documents. */
  folder: string;
  identical: boolean;
  /** Files that differ, as [document fragments d*.json, all other files]. */
  differ: [number, number];
}

/**
 * Rebuilds today's index from the re-derived documents and compares it, file by file, with the
 * shipped one: identical fragments mean the same sections with the same text and facets; other
 * differences then come from index code that changed since the build.
 */
export function compareWithShipped(real: RealCorpus, buildDir: string): ShippedComparison {
  const { files } = buildIndex(real.documents);
  const names = [...files.keys()].sort();
  const folder = `cari/${contentHash(names.flatMap((f) => [f, files.get(f) as string]))}/`;
  const differ: [number, number] = [0, 0];
  for (const [name, text] of files) if (readText(join(buildDir, real.shippedFolder, name)) !== text) differ[/^d\d+\.json$/.test(name) ? 0 : 1] += 1;
  return { folder, identical: folder === real.shippedFolder, differ };
}

/** Sentences: split after . ! ? followed by a space and a capital, digit or quote. */
const splitSentences = (teks: string): string[] => teks.split(/(?<=[.!?…])\s+(?=[\p{Lu}\p{N}"“(])/u).filter(Boolean);
const poolKey = (d: SearchDocument): string => `${d.jenis}${d.registri ? '+registri' : ''}`;

const SYLLABLES = [
  'ba',
  'da',
  'ga',
  'ja',
  'ka',
  'la',
  'ma',
  'na',
  'pa',
  'ra',
  'sa',
  'ta',
  'wa',
  'bi',
  'di',
  'ki',
  'li',
  'mi',
  'ni',
  'ri',
  'si',
  'ti',
  'bu',
  'du',
  'gu',
  'ku',
  'lu',
  'mu',
  'nu',
  'ru',
  'su',
  'tu',
  'be',
  'de',
  'ke',
  'le',
  'me',
  're',
  'se',
  'te',
  'bo',
  'do',
  'ko',
  'lo',
  'mo',
  'no',
  'ro',
  'so',
  'to',
  'jaya',
  'san',
  'tan',
  'ran',
  'kar',
];
/** Words of a company name that are its legal form, not its name. */
const LEGAL_FORM = /^(PT|CV|UD|Tbk|\(Persero\)|Persero|Koperasi|Yayasan)\.?$/i;

function inventWord(rnd: () => number): string {
  const n = 2 + Math.floor(rnd() * 2);
  const w = Array.from({ length: n }, () => pick(SYLLABLES, rnd)).join('');
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** A company's name with about a third of its words (at least one) invented. */
function inventName(name: string, rnd: () => number): string {
  const words = name.split(' ');
  const free = words.map((w, i) => (LEGAL_FORM.test(w) ? -1 : i)).filter((i) => i >= 0);
  if (free.length === 0) return `${name} ${inventWord(rnd)}`;
  const forced = pick(free, rnd);
  return words.map((w, i) => (i === forced || (free.includes(i) && rnd() < 1 / 3) ? inventWord(rnd) : w)).join(' ');
}

/** Generates page variants of the real corpus; reuse one generator for every scale. */
export class CorpusGenerator {
  private readonly pools = new Map<string, string[]>();
  private readonly names: RegExp;
  private readonly companies: string[];
  private readonly kota: Regency[];
  private readonly kabupaten: Regency[];

  constructor(
    private readonly real: RealCorpus,
    private readonly places: Places,
    private readonly seed: number,
  ) {
    for (const d of real.documents) {
      const pool = this.pools.get(poolKey(d)) ?? [];
      pool.push(...splitSentences(d.teks));
      this.pools.set(poolKey(d), pool);
    }
    this.companies = [...new Set(real.documents.filter((d) => d.registri).map((d) => d.judul))];
    const alternatives = [...placePattern(places), ...this.companies.map(escapeRe)].sort((a, b) => b.length - a.length);
    this.names = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    this.kota = places.regencies.filter((r) => r.kota);
    this.kabupaten = places.regencies.filter((r) => !r.kota);
  }

  /** Number of place names found in the real text (aliases included). */
  get placeNames(): number {
    return this.places.found.size;
  }

  /** Variant k (1, 2, …) of every real page. */
  variant(k: number): SyntheticPage[] {
    const crnd = mulberry32(seedOf(this.seed, k, 'perekrut'));
    const companyNames = new Map(this.companies.map((c) => [c, inventName(c, crnd)]));
    return this.real.pages.map((page) => {
      const rnd = mulberry32(seedOf(this.seed, k, page.path));
      const placeMap = new Map<string, string | Regency>();
      const regMap = new Map<string, string>();
      const replacePlace = (p: FoundPlace): string => {
        const key = p.level === 'kabupaten' ? p.regency.full : `${p.level}:${p.name}`;
        let r = placeMap.get(key);
        if (r === undefined) {
          if (p.level === 'provinsi') r = pick(this.places.provinces, rnd);
          else if (p.level === 'kabupaten') r = pick(p.regency.kota ? this.kota : this.kabupaten, rnd);
          else r = pick(p.level === 'kecamatan' ? this.places.districts : this.places.villages, rnd);
          placeMap.set(key, r);
        }
        if (typeof r === 'string') return r;
        return p.level === 'kabupaten' && p.bare ? r.bare : r.full;
      };
      const substitute = (s: string): string =>
        s
          .replace(this.names, (m) => {
            const place = this.places.found.get(m);
            return place ? replacePlace(place) : (companyNames.get(m) ?? m);
          })
          .replace(/(?<!\p{N})(\d{1,4})(\s+Tahun\s+|\/)((?:19|20)\d{2})(?!\p{N})/gu, (_m, n: string, sep: string, year: string) => {
            const key = `${n}/${year}`;
            let r = regMap.get(key);
            if (r === undefined) {
              r = rnd() < 0.5 ? n : String(1 + Math.floor(rnd() * 300));
              regMap.set(key, r);
            }
            return `${r}${sep}${year}`;
          });
      const documents = page.documents.map((d): SearchDocument => {
        const pool = this.pools.get(poolKey(d)) ?? [];
        const teks = splitSentences(d.teks)
          .map((s) => (rnd() < 0.6 || pool.length === 0 ? s : pick(pool, rnd)))
          .join(' ');
        return { ...d, url: `/v${k}${d.url}`, judul: substitute(d.judul), bagian: substitute(d.bagian), teks: substitute(teks) };
      });
      return { path: `/v${k}${page.path}`, documents };
    });
  }
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Page titles of the pages made only of cards (contacts, and the registry when alone). */
const CARD_PAGE_TITLE: Record<string, string> = { '/kontak': 'Kontak penting' };

/**
 * The page as Pagefind reads it: `<main data-pagefind-body>` with the title as h1 and each section
 * as a heading with the section's anchor (a card's heading is its name) and its text.
 */
export function pagefindHtml(page: SyntheticPage): string {
  const original = page.path.replace(/^\/v\d+/, '');
  const own = page.documents.find((d) => !d.registri && d.jenis !== 'kontak');
  const title = own?.judul ?? CARD_PAGE_TITLE[original] ?? original;
  const body = page.documents.map((d) => {
    const anchor = d.url.split('#')[1];
    const heading = d.judul === title ? d.bagian : [d.judul, d.bagian].filter(Boolean).join(' › ');
    const h = anchor ? `<h2 id="${escapeHtml(anchor)}">${escapeHtml(heading)}</h2>` : heading ? `<h2>${escapeHtml(heading)}</h2>` : '';
    return `${h}<p>${escapeHtml(d.teks)}</p>`;
  });
  return `<!doctype html><html lang="id-ID"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main data-pagefind-body><h1>${escapeHtml(title)}</h1>${body.join('\n')}</main></body></html>\n`;
}
