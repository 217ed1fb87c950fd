/**
 * Bytes of a registry export or a list of names, to text, without guessing silently: UTF-8
 * (with or without BOM) and UTF-16 with a BOM are read as such; Windows-1252 only when asked
 * for; anything else is refused with the line of the first byte that is not valid, and a binary
 * file (NUL bytes) is refused outright.
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export const REQUESTABLE_ENCODINGS = ['utf-8', 'windows-1252'] as const;

export type DecodeResult = { ok: true; teks: string; pengodean: Encoding; bom: boolean } | { ok: false; baris: number; alasan: string };

function barisKe(bytes: Uint8Array, sampai: number): number {
  let n = 1;
  for (let i = 0; i < sampai; i += 1) if (bytes[i] === 0x0a) n += 1;
  return n;
}

/** The offset of the first byte that does not belong to a valid UTF-8 sequence, or -1. */
function utf8TidakSah(b: Uint8Array): number {
  for (let i = 0; i < b.length;) {
    const x = b[i] as number;
    if (x < 0x80) {
      i += 1;
      continue;
    }
    const n = x >= 0xc2 && x <= 0xdf ? 1 : x >= 0xe0 && x <= 0xef ? 2 : x >= 0xf0 && x <= 0xf4 ? 3 : -1;
    if (n < 0 || i + n >= b.length) return i;
    for (let k = 1; k <= n; k += 1) if (((b[i + k] as number) & 0xc0) !== 0x80) return i;
    // Overlong three-byte forms, UTF-16 surrogates, and code points past U+10FFFF.
    const y = b[i + 1] as number;
    if ((x === 0xe0 && y < 0xa0) || (x === 0xed && y >= 0xa0) || (x === 0xf0 && y < 0x90) || (x === 0xf4 && y >= 0x90)) return i;
    i += n + 1;
  }
  return -1;
}

/** The encoding the first bytes (a BOM) say, or UTF-8, or Windows-1252 when asked for. */
export function detectEncoding(bytes: Uint8Array, diminta?: (typeof REQUESTABLE_ENCODINGS)[number]): Encoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return diminta === 'windows-1252' ? 'windows-1252' : 'utf-8';
}

export function decode(bytes: Uint8Array, diminta?: (typeof REQUESTABLE_ENCODINGS)[number]): DecodeResult {
  const awal = detectEncoding(bytes, diminta);
  if (awal === 'utf-16le' || awal === 'utf-16be') return { ok: true, teks: new TextDecoder(awal).decode(bytes.subarray(2)), pengodean: awal, bom: true };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, baris: barisKe(bytes, nul), alasan: 'berkas berisi byte NUL: ini berkas biner, bukan CSV atau teks' };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const isi = bom ? bytes.subarray(3) : bytes;
  if (awal === 'windows-1252') return { ok: true, teks: new TextDecoder('windows-1252').decode(isi), pengodean: 'windows-1252', bom: false };
  const salah = utf8TidakSah(isi);
  if (salah >= 0) {
    return {
      ok: false,
      baris: barisKe(isi, salah),
      alasan: `byte 0x${(isi[salah] as number).toString(16).toUpperCase().padStart(2, '0')} bukan UTF-8; simpan ulang berkas sebagai CSV UTF-8, atau bila berkas dari Excel lama, pakai --pengodean windows-1252`,
    };
  }
  return { ok: true, teks: new TextDecoder('utf-8').decode(isi), pengodean: 'utf-8', bom };
}
