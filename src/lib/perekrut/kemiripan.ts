/**
 * String similarity in [0, 1]: Jaro-Winkler on whole keys (good for typos) and a token-set
 * ratio (good for missing, extra or reordered words), with Levenshtein distance from the
 * maintained fastest-levenshtein package.
 */
import { distance } from 'fastest-levenshtein';

export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const jangkau = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  const cocokA = new Uint8Array(la);
  const cocokB = new Uint8Array(lb);
  let m = 0;
  for (let i = 0; i < la; i += 1) {
    const awal = Math.max(0, i - jangkau);
    const akhir = Math.min(i + jangkau + 1, lb);
    for (let j = awal; j < akhir; j += 1) {
      if (!cocokB[j] && a.charCodeAt(i) === b.charCodeAt(j)) {
        cocokA[i] = 1;
        cocokB[j] = 1;
        m += 1;
        break;
      }
    }
  }
  if (m === 0) return 0;
  let t = 0;
  for (let i = 0, k = 0; i < la; i += 1) {
    if (!cocokA[i]) continue;
    while (!cocokB[k]) k += 1;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) t += 1;
    k += 1;
  }
  const jaro = (m / la + m / lb + (m - t / 2) / m) / 3;
  let awalan = 0;
  while (awalan < 4 && awalan < la && awalan < lb && a.charCodeAt(awalan) === b.charCodeAt(awalan)) awalan += 1;
  return jaro + awalan * 0.1 * (1 - jaro);
}

/** 1 − edit distance / longer length. */
export function rasioEdit(a: string, b: string): number {
  const panjang = Math.max(a.length, b.length);
  return panjang === 0 ? 1 : 1 - distance(a, b) / panjang;
}

/**
 * Token-set ratio (after fuzzywuzzy): compares the shared words with each side's extra
 * words, so "bina karya" vs "karya bina" is 1 and a missing word costs little.
 */
export function rasioHimpunanToken(a: readonly string[], b: readonly string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  const sama = [...sa].filter((t) => sb.has(t)).sort();
  const sisaA = [...sa].filter((t) => !sb.has(t)).sort();
  const sisaB = [...sb].filter((t) => !sa.has(t)).sort();
  const t0 = sama.join(' ');
  const t1 = [...sama, ...sisaA].join(' ');
  const t2 = [...sama, ...sisaB].join(' ');
  const pasangan = sama.length > 0 ? [rasioEdit(t0, t1), rasioEdit(t0, t2), rasioEdit(t1, t2)] : [rasioEdit(t1, t2)];
  return Math.max(...pasangan);
}
