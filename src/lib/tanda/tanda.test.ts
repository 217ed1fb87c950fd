import { describe, expect, it } from 'vitest';
import { saranTanda, type Tanda } from '.';

const t = (id: string, darurat = false): Tanda => ({ id, kelompok: 'lingkungan', teks: id, darurat, sumber: [] });
const semua = [t('kos-penuh'), t('paspor-ditahan'), t('dikurung', true)];

describe('saranTanda', () => {
  it('says nothing until a sign is ticked', () => {
    expect(saranTanda(semua, new Set())).toBe('tidak-ada');
  });
  it('advises reporting once any sign is ticked', () => {
    expect(saranTanda(semua, new Set(['kos-penuh']))).toBe('laporkan');
  });
  it('advises calling the police now when a sign means danger right now', () => {
    expect(saranTanda(semua, new Set(['kos-penuh', 'dikurung']))).toBe('darurat');
  });
});
