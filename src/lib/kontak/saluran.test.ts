import { describe, expect, it } from 'vitest';
import data from '../../../data/kontak.json';
import { findWilayah } from '../wilayah';
import { ORANG, whatsAppRecipients, saluranFor, type DataKontak, type Kontak } from '.';

const { kontak } = data as DataKontak;
const WILAYAH = ['kota-kupang', 'nusa-tenggara-timur', 'kabupaten-kutai-timur', 'kalimantan-timur'];
const id = (ks: Kontak[]): string[] => ks.map((k) => k.id);

describe('who to call, for whom, where', () => {
  it.each(WILAYAH)('%s: every kind of person gets at least one channel, and an adult man is never sent to SAPA 129', (w) => {
    const wilayah = findWilayah(w) ?? null;
    for (const orang of ORANG) expect(saluranFor(kontak, orang, wilayah).length, orang).toBeGreaterThan(0);
    const lakiLaki = id(saluranFor(kontak, 'laki_laki', wilayah));
    expect(lakiLaki).not.toContain('sapa-129');
    expect(lakiLaki).toContain('polisi-110');
    expect(id(whatsAppRecipients(kontak, 'laki_laki', wilayah))).not.toContain('sapa-129');
  });

  it('sends each person first to the service made for them, then to the police', () => {
    const kupang = findWilayah('kota-kupang') ?? null;
    expect(id(saluranFor(kontak, 'anak', kupang)).slice(0, 3)).toEqual(['uptd-ppa-ntt', 'sapa-129', 'polisi-110']);
    expect(id(saluranFor(kontak, 'pekerja_migran', kupang))[0]).toBe('kp2mi');
    expect(id(saluranFor(kontak, 'saksi', kupang))[0]).toBe('lpsk');
    expect(id(saluranFor(kontak, 'perempuan', kupang, { darurat: true }))[0]).toBe('polisi-110');
  });

  it('never offers another region’s office', () => {
    const kutim = findWilayah('kabupaten-kutai-timur') ?? null;
    for (const orang of ORANG) expect(id(saluranFor(kontak, orang, kutim))).not.toContain('uptd-ppa-ntt');
  });

  it('the data says whom every contact serves', () => {
    for (const k of kontak) expect(k.melayani.length, k.id).toBeGreaterThan(0);
    expect(kontak.find((k) => k.id === 'sapa-129')?.melayani.sort()).toEqual(['anak', 'perempuan']);
  });
});
