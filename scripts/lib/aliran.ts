/**
 * Text from a byte stream, read a piece at a time, with the same rules as
 * src/lib/perekrut/decode.ts: a BOM says UTF-8 or UTF-16; otherwise UTF-8 (or Windows-1252 when
 * asked for). A NUL byte or a byte that is not UTF-8 stops the stream with `GalatDekode`; the
 * caller then reads the file once with `dekode` to say on which line.
 */
import { createReadStream } from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import { detectEncoding } from '../../src/lib/perekrut/decode';

export class GalatDekode extends Error {}

export interface AliranTeks {
  teks: Readable;
  /** Known after the first bytes: utf-8, utf-16le, utf-16be or windows-1252. */
  pengodean(): string;
}

export function aliranTeks(masuk: Readable, diminta?: 'windows-1252'): AliranTeks {
  let decoder: TextDecoder | null = null;
  let pengodean = 'utf-8';
  let awal = Buffer.alloc(0);
  let cekNul = true;
  const mulai = (b: Buffer): void => {
    pengodean = detectEncoding(b, diminta);
    cekNul = pengodean === 'utf-8' || pengodean === 'windows-1252';
    // The decoder drops a leading BOM itself.
    decoder = new TextDecoder(pengodean, { fatal: pengodean === 'utf-8' });
  };
  const ubah = (b: Buffer, akhir: boolean): string => {
    if (cekNul && b.includes(0)) throw new GalatDekode('NUL');
    try {
      return (decoder as TextDecoder).decode(b, { stream: !akhir });
    } catch {
      throw new GalatDekode('bukan UTF-8');
    }
  };
  const teks = new Transform({
    transform(potongan: Buffer, _enc, selesai) {
      try {
        if (!decoder) {
          awal = Buffer.concat([awal, potongan]);
          if (awal.length < 4) return selesai();
          mulai(awal);
          potongan = awal;
        }
        selesai(null, ubah(potongan, false));
      } catch (err) {
        selesai(err as Error);
      }
    },
    flush(selesai) {
      try {
        // A file shorter than four bytes is decoded here whole; otherwise the decoder is flushed.
        if (!decoder) {
          mulai(awal);
          selesai(null, ubah(awal, true));
        } else selesai(null, ubah(Buffer.alloc(0), true));
      } catch (err) {
        selesai(err as Error);
      }
    },
  });
  masuk.on('error', (err) => teks.destroy(err));
  masuk.pipe(teks);
  return { teks, pengodean: () => pengodean };
}

/** Reads a whole file through `aliranTeks` and throws `GalatDekode` at the first bad byte: nothing kept. */
export async function periksaAliran(file: string): Promise<void> {
  const { teks } = aliranTeks(createReadStream(file));
  for await (const _ of teks) {
    // Only the decoding matters here.
  }
}
