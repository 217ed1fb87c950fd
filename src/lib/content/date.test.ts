import { describe, expect, it } from 'vitest';
import { formatDate, isValidDate } from './date';

describe('isValidDate', () => {
  it('accepts real days and rejects impossible ones', () => {
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate('2026-02-29')).toBe(false);
    expect(isValidDate('2026-13-01')).toBe(false);
    expect(isValidDate('22-11-2026')).toBe(false);
  });
});

describe('formatDate', () => {
  it('writes dates the way readers of each locale expect', () => {
    expect(formatDate('2019-11-19', 'id')).toBe('19 November 2019');
    expect(formatDate('2023-08-11', 'id')).toBe('11 Agustus 2023');
    expect(formatDate('2023-08-11', 'en')).toBe('11 August 2023');
    expect(formatDate('2007', 'id')).toBe('2007');
  });
});
