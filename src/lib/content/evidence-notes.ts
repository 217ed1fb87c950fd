/**
 * Sections that speak about a page's evidence rather than its subject: what is not yet verified
 * or not known, where the official text is, where a list comes from. Pages write them under
 * these anchors (the same in every language), so search can let them yield to sections that
 * state what the sources show: an unverified claim is never the first answer when a checked one
 * matches as well. They stay searchable ("teks resmi uu 18 2017" still finds its section).
 */
export const EVIDENCE_NOTE_ANCHORS: readonly string[] = ['belum-terverifikasi', 'belum-diketahui', 'teks-resmi', 'asal-tanda'];

/** Is the section with this heading anchor a note on the evidence? */
export function isEvidenceNote(anchor: string): boolean {
  return EVIDENCE_NOTE_ANCHORS.includes(anchor);
}
