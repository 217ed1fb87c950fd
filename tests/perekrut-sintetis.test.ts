/**
 * The matcher's safety on a registry of a few hundred invented firms (fixed seed), in every
 * `npm test`, not only in the benchmark, which reports and always exits 0.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRegistri, createMatcher } from '../src/lib/perekrut';
import { loadRegistriFolder } from '../src/lib/perekrut/load-node';
import { buatKueri, buatRegistriSintetis } from './fixtures/sintetis';

const HARI_INI = '2026-11-22';
const namaNyata = loadRegistriFolder(join('data', 'perekrut')).flatMap((s) => s.baris.map((b) => b.nama));
const reg = buatRegistriSintetis({ n: 500, seed: 11, namaNyata, hariIni: HARI_INI });
const pencocok = createMatcher(buildRegistri([reg.snapshot], HARI_INI));
const kueri = buatKueri(reg, 12);

describe('the recruiter matcher on 500 invented firms from an official export', () => {
  it('a formatting variant of a licensed firm\'s name is "terdaftar" for that firm, every time', () => {
    expect(kueri.format.length).toBeGreaterThan(500);
    const salah = kueri.format.filter((k) => {
      const h = pencocok.cek(k.query);
      return h.verdict !== 'terdaftar' || h.cocok[0]?.entitas.kunci !== k.target;
    });
    expect(salah.map((k) => `${k.query} [${k.jenis}]`)).toEqual([]);
  });

  it('a decoy (another legal form, an extra or changed word) is never "terdaftar"', () => {
    expect(kueri.umpan.length).toBeGreaterThan(500);
    const terdaftar = kueri.umpan.filter((k) => pencocok.cek(k.query).verdict === 'terdaftar');
    expect(terdaftar.map((k) => `${k.query} [${k.jenis}]`)).toEqual([]);
  });

  it('one typo finds the right firm first as "mirip" at least 98% of the time, and never says "terdaftar"', () => {
    const hasil = kueri.typo.map((k) => ({ k, h: pencocok.cek(k.query) }));
    expect(hasil.filter(({ h }) => h.verdict === 'terdaftar').map(({ k }) => k.query)).toEqual([]);
    const benar = hasil.filter(({ k, h }) => h.verdict === 'mirip' && h.cocok[0]?.entitas.kunci === k.target).length;
    expect(benar / hasil.length).toBeGreaterThanOrEqual(0.98);
  });
});
