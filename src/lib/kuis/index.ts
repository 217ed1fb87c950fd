/**
 * Quiz questions as the page shows them: each question's options in an order of their own,
 * fixed for the quiz and question (the same in the built page, in the browser and on paper, so
 * the trainer's answer key always matches), so the right answer does not sit in the same place
 * in every question. Authors write the right option anywhere; `jawaban` follows the shuffle.
 */
import { fnv1a, mulberry32 } from '../random';

export interface Soal {
  tanya: string;
  pilihan: string[];
  /** 0-based index of the right option. */
  jawaban: number;
  penjelasan: string;
}

/** The questions of quiz `id` with their options in the order shown; `jawaban` points at the same option as before. */
export function shuffleSoal(id: string, soal: readonly Soal[]): Soal[] {
  return soal.map((s, i) => {
    const r = mulberry32(fnv1a(`${id}:${i}`));
    const urutan = s.pilihan.map((_, j) => j);
    for (let j = urutan.length - 1; j > 0; j -= 1) {
      const k = Math.floor(r() * (j + 1));
      [urutan[j], urutan[k]] = [urutan[k] as number, urutan[j] as number];
    }
    return { ...s, pilihan: urutan.map((j) => s.pilihan[j] as string), jawaban: urutan.indexOf(s.jawaban) };
  });
}

/** A, B, C… for option `i`, as the answer key and paper print them. */
export const hurufPilihan = (i: number): string => String.fromCharCode(65 + i);
