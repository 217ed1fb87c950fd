import { describe, expect, it } from 'vitest';
import { checkBody } from './isi';

describe('checkBody', () => {
  it('refuses a # title in the body and names its line', () => {
    const isi = '---\ntitle: X\n---\n\n# X\n\nTeks.\n';
    expect(checkBody('docs/a.md', isi)).toEqual(['docs/a.md:5: judul "# ..." di isi; judul halaman diambil dari field title.']);
  });

  it('ignores # lines inside code blocks and accepts ## headings', () => {
    const isi = '---\ntitle: X\n---\n\n## Bagian\n\n```sh\n# komentar shell\n```\n';
    expect(checkBody('docs/a.md', isi)).toEqual([]);
  });

  it('finds template markers left behind', () => {
    expect(checkBody('docs/a.md', '---\ntitle: X\n---\nGANTI: isi\n')).toHaveLength(1);
  });

  it('refuses phone links typed into a page, so numbers live only in data/kontak.json', () => {
    const isi = '---\ntitle: X\n---\n\nHubungi [110](tel:110) atau [WA](https://wa.me/628111129129).\n';
    expect(checkBody('docs/a.md', isi)).toEqual(['docs/a.md:5: nomor telepon diketik di halaman; pakai <Kontak id="..." /> dari data/kontak.json.']);
  });
});
