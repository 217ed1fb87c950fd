/**
 * Relevance measures over a labelled query set: a result is relevant when its URL equals a
 * labelled URL, or when the label is a whole page (no anchor) and the result is any section of
 * that page.
 */
export interface LabelledQuery {
  q: string;
  relevan: string[];
  /** The site the query is asked on (default `id`; `en` queries are measured on /en). */
  locale?: 'id' | 'en';
}

export function isRelevant(url: string, label: readonly string[]): boolean {
  return label.some((l) => url === l || (!l.includes('#') && url.split('#')[0] === l));
}

/**
 * Mean reciprocal rank of the first relevant result within the first `k`, and recall@k (share of
 * queries with one). `cari` gives the result URLs of a query, directly or as a promise.
 */
export async function measure(
  kueri: readonly LabelledQuery[],
  cari: (q: string) => string[] | Promise<string[]>,
  k = { mrr: 10, recall: 5 },
): Promise<{ mrr: number; recall: number; gagal: string[] }> {
  let mrr = 0;
  let kena = 0;
  const gagal: string[] = [];
  for (const { q, relevan: label } of kueri) {
    const url = await cari(q);
    const pos = url.slice(0, k.mrr).findIndex((u) => isRelevant(u, label));
    if (pos >= 0) mrr += 1 / (pos + 1);
    if (pos >= 0 && pos < k.recall) kena += 1;
    else gagal.push(q);
  }
  return { mrr: mrr / kueri.length, recall: kena / kueri.length, gagal };
}
