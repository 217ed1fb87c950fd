import { describe, expect, it } from 'vitest';
import { readDraft, missingFields, composeMessage, writeDraft } from '.';

describe('report message', () => {
  const isi = {
    apa: 'Sekitar 10 perempuan muda tinggal di satu kamar kos, dijemput mobil malam hari.',
    tempat: 'Kos Melati, Jl. Contoh 1',
    kelurahan: 'Oebufu',
    waktu: '21 November 2026, pukul 22.00',
    jumlah: '10',
    anak: 'Tidak tahu',
    kendaraan: 'Minibus putih',
  };

  it('carries every filled answer with its question, and the place with its kelurahan', () => {
    const pesan = composeMessage(isi);
    expect(pesan.split('\n')[0]).toBe('LAPORAN DUGAAN PERDAGANGAN ORANG (TPPO)');
    expect(pesan).toContain('Apa yang Anda lihat atau dengar: Sekitar 10 perempuan muda');
    expect(pesan).toContain('Di mana: Kos Melati, Jl. Contoh 1 (Kelurahan Oebufu, Kota Kupang)');
    expect(pesan).toContain('Kapan: 21 November 2026, pukul 22.00');
    expect(pesan).toContain('Kendaraan: Minibus putih');
    expect(pesan).toContain('Pasal 44');
  });

  it('leaves out optional questions nobody answered', () => {
    expect(composeMessage(isi)).not.toContain('Nama perekrut');
    expect(composeMessage(isi)).not.toContain('Nama dan nomor Anda');
  });

  it('names the required answers still missing', () => {
    expect(missingFields({ apa: 'x', tempat: ' ' }).map((i) => i.id)).toEqual(['tempat', 'waktu']);
    expect(missingFields(isi)).toEqual([]);
  });
});

describe('a stored draft read back', () => {
  it('gives back what was written', () => {
    const nilai = { apa: 'Minibus menjemput orang', tempat: 'Jalan belakang gereja' };
    expect(readDraft(writeDraft(nilai))).toEqual({ nilai });
  });

  it.each(['null', '{"apa":5}', '[]', '"teks"', '{"apa":"x","kunci_lain":"y"}', '{bukan json', `{"apa":"${'x'.repeat(6000)}"}`])('%s is a damaged draft, not a crash', (teks) => {
    expect(readDraft(teks)).toBe('rusak');
  });

  it('no stored draft is nothing to load', () => {
    expect(readDraft(null)).toBeNull();
  });
});
