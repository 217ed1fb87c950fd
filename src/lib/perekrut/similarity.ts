/**
 * String similarity in [0, 1]: Jaro-Winkler on whole keys (good for typos) and a token-set
 * ratio (good for missing, extra or reordered words), with Levenshtein distance from the
 * maintained fastest-levenshtein package.
 */
import { distance } from 'fastest-levenshtein';

// Scratch buffers reused by every call (JavaScript runs one call at a time).
let bufA = new Uint8Array(64);
let bufB = new Uint8Array(64);

/** Jaro-Winkler of a and b, or of a and b's first `lb` characters. */
export function jaroWinkler(a: string, b: string, lb: number = b.length): number {
  const la = a.length;
  if (lb > b.length) lb = b.length;
  if (la === lb && (lb === b.length ? a === b : b.startsWith(a))) return 1;
  if (la === 0 || lb === 0) return 0;
  const jangkau = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  if (bufA.length < la) bufA = new Uint8Array(la * 2);
  if (bufB.length < lb) bufB = new Uint8Array(lb * 2);
  const cocokA = bufA.fill(0, 0, la);
  const cocokB = bufB.fill(0, 0, lb);
  let m = 0;
  for (let i = 0; i < la; i += 1) {
    const awal = Math.max(0, i - jangkau);
    const akhir = Math.min(i + jangkau + 1, lb);
    const ca = a.charCodeAt(i);
    for (let j = awal; j < akhir; j += 1) {
      if (!cocokB[j] && ca === b.charCodeAt(j)) {
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
export function editRatio(a: string, b: string): number {
  const panjang = Math.max(a.length, b.length);
  return panjang === 0 ? 1 : 1 - distance(a, b) / panjang;
}

/** Words sorted, each once: the form `rasioHimpunanTokenUrut` takes. */
export function sortedUnique(token: readonly string[]): string[] {
  return [...new Set(token)].sort();
}

/**
 * Token-set ratio (after fuzzywuzzy): compares the shared words with each side's extra
 * words, so "bina karya" vs "karya bina" is 1 and a missing word costs little. Both lists come
 * sorted and unique (`urutUnik`), so no sets or sorting happen per comparison.
 */
export function sortedTokenSetRatio(a: readonly string[], b: readonly string[]): number {
  const sama: string[] = [];
  const sisaA: string[] = [];
  const sisaB: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x !== undefined && x === y) {
      sama.push(x);
      i += 1;
      j += 1;
    } else if (y === undefined || (x !== undefined && x < y)) {
      sisaA.push(x as string);
      i += 1;
    } else {
      sisaB.push(y);
      j += 1;
    }
  }
  // One side's words all in the other: the ratio is 1 (the most forgiving case, by design).
  if (sama.length > 0 && (sisaA.length === 0 || sisaB.length === 0)) return 1;
  const t0 = sama.join(' ');
  const t1 = sama.length > 0 ? (sisaA.length > 0 ? `${t0} ${sisaA.join(' ')}` : t0) : sisaA.join(' ');
  const t2 = sama.length > 0 ? (sisaB.length > 0 ? `${t0} ${sisaB.join(' ')}` : t0) : sisaB.join(' ');
  if (sama.length === 0) return editRatio(t1, t2);
  return Math.max(editRatio(t0, t1), editRatio(t0, t2), editRatio(t1, t2));
}
