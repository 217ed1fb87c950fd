/**
 * Which sections of the regulation pages hold revoked text, from what the pages already record:
 * every section of a page whose status is `dicabut` or that another page revokes whole (relation
 * `cabut` without `pasal`), and the articles a `cabut` or `cabut_sebagian` relation names in its
 * `pasal` ("Pasal 2": the article and each of its ayat). A relation that names no article revokes
 * nothing we can point to, so it marks nothing. Search ranks such a section after text in force
 * and labels it, so that a reader never takes a revoked article for the law today.
 */
import { anchorPasal } from './sebutan';
import type { FrontMatterRegulasi } from '../content/schema';

/** A page as the site knows it: its id in the docs tree (`regulasi/uu-21-2007`) and front matter. */
export interface PageRecord {
  id: string;
  frontMatter: Record<string, unknown>;
}

const PASAL = /\b(?:pasal|article)\s+(\d+[a-z]?)(?:\s+ayat\s*\((\d+[a-z]?)\))?/gi;
const FOLDER = 'regulasi/';

/** The anchors a relation's `pasal` names: "Pasal 2" → `pasal-2`; "Pasal 5 ayat (1)" → `pasal-5-ayat-1`. */
export function anchorsNamed(pasal: string): string[] {
  return [...pasal.matchAll(PASAL)].map((m) => anchorPasal(m[1] as string, m[2]));
}

/** A predicate: does this section (page id, heading anchor; '' for the opening) hold revoked text? */
export function revokedSections(pages: readonly PageRecord[]): (pageId: string, anchor: string) => boolean {
  const whole = new Set<string>();
  const articles = new Map<string, string[]>();
  for (const p of pages) {
    if (!p.id.startsWith(FOLDER)) continue;
    const fm = p.frontMatter as Partial<FrontMatterRegulasi>;
    if (fm.status === 'dicabut') whole.add(p.id);
    for (const r of fm.relasi ?? []) {
      if (r.jenis !== 'cabut' && r.jenis !== 'cabut_sebagian') continue;
      const target = `${FOLDER}${r.target}`;
      const named = r.pasal ? anchorsNamed(r.pasal) : [];
      if (named.length > 0) articles.set(target, [...(articles.get(target) ?? []), ...named]);
      else if (r.jenis === 'cabut') whole.add(target);
    }
  }
  return (pageId, anchor) => whole.has(pageId) || (articles.get(pageId) ?? []).some((a) => anchor === a || (!a.includes('-ayat-') && anchor.startsWith(`${a}-ayat-`)));
}
