import { describe, expect, it } from 'vitest';
import { formatTanggal, tanggalSah } from './tanggal';

describe('tanggalSah', () => {
  it('accepts real days and rejects impossible ones', () => {
    expect(tanggalSah('2024-02-29')).toBe(true);
    expect(tanggalSah('2026-02-29')).toBe(false);
    expect(tanggalSah('2026-13-01')).toBe(false);
    expect(tanggalSah('22-11-2026')).toBe(false);
  });
});

describe('formatTanggal', () => {
  it('writes dates the way readers of each locale expect', () => {
    expect(formatTanggal('2019-11-19', 'id')).toBe('19 November 2019');
    expect(formatTanggal('2023-08-11', 'id')).toBe('11 Agustus 2023');
    expect(formatTanggal('2023-08-11', 'en')).toBe('11 August 2023');
    expect(formatTanggal('2007', 'id')).toBe('2007');
  });
});
