import { describe, expect, it } from 'vitest';
import { formatAngka, tataLetakBatang, type Seri } from '.';

const seri: Seri = {
  judul: 'x',
  satuan: 'orang',
  kategori: ['2017', '2018', '2019'],
  kelompok: [{ nama: 'Dihentikan', nilai: [519, 1379, 755] }],
  target: ['2019'],
  sumber: [],
};

describe('bar chart layout', () => {
  it('makes bar heights proportional to values, tallest at the top of the plot', () => {
    const { batang, dasar } = tataLetakBatang(seri, 300, 200);
    const [a, b, c] = batang;
    expect(b!.y + b!.tinggi).toBeCloseTo(dasar);
    expect(a!.tinggi / b!.tinggi).toBeCloseTo(519 / 1379);
    expect(c!.tinggi / b!.tinggi).toBeCloseTo(755 / 1379);
    expect(batang.map((x) => x.target)).toEqual([false, false, true]);
  });

  it('places grouped bars side by side within the chart', () => {
    const dua = {
      ...seri,
      kelompok: [
        { nama: 'Kasus', nilai: [2, 6, 3] },
        { nama: 'Korban', nilai: [2, 10, 4] },
      ],
    };
    const { batang, lebar } = tataLetakBatang(dua, 300, 200);
    expect(batang).toHaveLength(6);
    expect(batang[1]!.x).toBeCloseTo(batang[0]!.x + batang[0]!.lebar);
    for (const x of batang) expect(x.x + x.lebar).toBeLessThanOrEqual(lebar);
  });

  it('writes thousands the way each language does', () => {
    expect(formatAngka(1379, 'id')).toBe('1.379');
    expect(formatAngka(2792, 'en')).toBe('2,792');
    expect(formatAngka(519, 'id')).toBe('519');
  });
});
