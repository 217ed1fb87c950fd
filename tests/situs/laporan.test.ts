import { describe, expect, it } from 'vitest';
import { ISIAN } from '../../src/lib/laporan';
import { halaman, selectOne, selectAll, textOf } from './html';

/** Where each question's label first appears in a text (-1 when missing). */
const letakLabel = (isi: string): number[] => ISIAN.map((i) => isi.indexOf(i.label));

describe('the paper form and the report builder ask the same questions', () => {
  it('the blank paper form (/sop/formulir-laporan) prints every question, in order', () => {
    const kertas = textOf(selectOne(halaman('sop/formulir-laporan'), 'main') ?? halaman('sop/formulir-laporan'));
    const letak = letakLabel(kertas);
    expect(letak.filter((l) => l < 0)).toEqual([]);
    expect([...letak].sort((a, b) => a - b)).toEqual(letak);
  });

  it('the report builder (/sop/buat-laporan) has a labelled field for every question, in order', () => {
    const label = selectAll(halaman('sop/buat-laporan'), 'form label').map((l) => textOf(l));
    const posisi = ISIAN.map((i) => label.findIndex((l) => l.includes(i.label)));
    expect(posisi.filter((p) => p < 0)).toEqual([]);
    expect([...posisi].sort((a, b) => a - b)).toEqual(posisi);
  });
});
