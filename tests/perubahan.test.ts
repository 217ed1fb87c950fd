/**
 * The record of changes: data/perubahan.json is valid and newest first, and its Atom feed, read
 * with a maintained feed parser, lists every note; a new note becomes a new entry.
 */
import { readFileSync } from 'node:fs';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { atomFeed, type Perubahan } from '../src/lib/perubahan';
import { DATA_PERUBAHAN } from '../src/lib/perubahan/data';
import { dataPerubahanSchema } from '../src/lib/perubahan/schema';
import { periksaData } from '../src/lib/data';

const opsi = { bahasa: 'id' as const, akar: '/', judul: 'Pustaka TPPO: perubahan', self: '/perubahan.atom', halaman: '/tentang/perubahan' };

describe('the record of changes', () => {
  it('is a valid data file, checked with the others', () => {
    expect(periksaData('data/perubahan.json', readFileSync('data/perubahan.json', 'utf8'))).toEqual([]);
  });

  it('refuses a note out of date order, and one without a source', () => {
    const [a, b] = DATA_PERUBAHAN.perubahan as [Perubahan, Perubahan];
    expect(
      dataPerubahanSchema.safeParse({
        perubahan: [
          { ...b, tanggal: '2026-01-01' },
          { ...a, tanggal: '2026-12-01' },
        ],
      }).success,
    ).toBe(false);
    expect(dataPerubahanSchema.safeParse({ perubahan: [{ ...a, sumber: [] }] }).success).toBe(false);
  });

  it('becomes an Atom feed a feed reader reads: every note an entry, newest first, in the feed language', () => {
    const feed = parseFeed(atomFeed(DATA_PERUBAHAN.perubahan, opsi));
    expect(feed.meta.type).toBe('atom');
    expect(feed.items.map((i) => i.title)).toEqual(DATA_PERUBAHAN.perubahan.map((p) => p.judul.id));
    expect(new Set(feed.items.map((i) => i.id)).size).toBe(feed.items.length);
    const en = parseFeed(atomFeed(DATA_PERUBAHAN.perubahan, { ...opsi, bahasa: 'en', akar: '/en/' }));
    expect(en.items[0]?.title).toBe(DATA_PERUBAHAN.perubahan[0]?.judul.en);
    expect(en.items[0]?.url).toBe(`/en/${(DATA_PERUBAHAN.perubahan[0]?.halaman[0] ?? '/').slice(1)}`);
  });

  it("a note added on top becomes the feed's first entry, and earlier entries keep their ids", () => {
    const lama = parseFeed(atomFeed(DATA_PERUBAHAN.perubahan, opsi));
    const baru: Perubahan = {
      tanggal: '2026-12-02',
      halaman: ['/kontak'],
      judul: { id: 'Nomor <baru> & diperbaiki', en: 'Number <new> & corrected' },
      isi: { id: 'Uji.', en: 'Test.' },
      sumber: [{ judul: 'Uji', penerbit: 'Pustaka TPPO', tanggal: '2026-12-02' }],
    };
    const feed = parseFeed(atomFeed([baru, ...DATA_PERUBAHAN.perubahan], opsi));
    expect(feed.items).toHaveLength(lama.items.length + 1);
    expect(feed.items[0]?.title).toBe('Nomor <baru> & diperbaiki');
    expect(feed.items.slice(1).map((i) => i.id)).toEqual(lama.items.map((i) => i.id));
  });
});
