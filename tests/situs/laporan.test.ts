import { describe, expect, it } from 'vitest';
import { ISIAN } from '../../src/lib/laporan';
import { halaman, selectOne, selectAll, textOf } from './html';

describe('the paper form and the report builder ask the same questions', () => {
  it('the blank paper form (/sop/formulir-laporan) prints every question as its own item, in order', () => {
    const pohon = halaman('sop/formulir-laporan');
    const butir = selectAll(selectOne(pohon, 'main') ?? pohon, 'li').map((li) => textOf(li));
    const posisi = ISIAN.map((i) => butir.findIndex((t) => t.startsWith(i.label)));
    expect(posisi.filter((p) => p < 0)).toEqual([]);
    expect([...posisi].sort((a, b) => a - b)).toEqual(posisi);
  });

  it('the report builder (/sop/buat-laporan) has a labelled field for every question, in order', () => {
    const label = selectAll(halaman('sop/buat-laporan'), 'form label').map((l) => textOf(l));
    const posisi = ISIAN.map((i) => label.findIndex((l) => l.includes(i.label)));
    expect(posisi.filter((p) => p < 0)).toEqual([]);
    expect([...posisi].sort((a, b) => a - b)).toEqual(posisi);
  });
});

describe('the English report builder', () => {
  it('asks every question in English (/en/sop/buat-laporan), in the same order', () => {
    const label = selectAll(halaman('en/sop/buat-laporan'), 'form label').map((l) => textOf(l));
    const posisi = ISIAN.map((i) => label.findIndex((l) => l.includes(i.en.label)));
    expect(posisi.filter((p) => p < 0)).toEqual([]);
    expect([...posisi].sort((a, b) => a - b)).toEqual(posisi);
    expect(label.some((l) => l.includes('Apa yang Anda lihat'))).toBe(false);
  });

  it('says its message goes out in Indonesian, to Indonesian offices', () => {
    expect(textOf(selectOne(halaman('en/sop/buat-laporan'), 'main') ?? halaman('en/sop/buat-laporan'))).toMatch(/Indonesian/);
  });
});
