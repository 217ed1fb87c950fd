import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { describe, expect, it } from 'vitest';
import { checkBody, remarkBodyChecks } from './body-checks';

describe('checkBody (npm run konten:periksa)', () => {
  it('refuses a # title in the body and names its true line and column', async () => {
    const isi = '---\ntitle: X\n---\n\n# X\n\nTeks.\n';
    expect(await checkBody('docs/a.md', isi)).toEqual(['docs/a.md:5:1: judul "# ..." di isi; judul halaman diambil dari field title.']);
  });

  it('ignores # lines inside code blocks and accepts ## headings', async () => {
    const isi = '---\ntitle: X\n---\n\n## Bagian\n\n```sh\n# komentar shell\nGANTI: contoh\n```\n';
    expect(await checkBody('docs/a.md', isi)).toEqual([]);
  });

  it('finds template markers left behind, in text and in a component attribute', async () => {
    expect(await checkBody('docs/a.md', '---\ntitle: X\n---\nGANTI: isi\n')).toEqual(['docs/a.md:4:1: masih ada "GANTI:" dari templat.']);
    expect(await checkBody('docs/a.mdx', '---\ntitle: X\n---\n\n<Kontak id="GANTI: id" />\n')).toHaveLength(1);
    // An admonition (a directive, whose attributes are an object) is read, not tripped over.
    expect(await checkBody('docs/a.md', '---\ntitle: X\n---\n\n:::note{title="Catatan"}\nGANTI: isi\n:::\n')).toEqual(['docs/a.md:6:1: masih ada "GANTI:" dari templat.']);
  });

  it('refuses phone links typed into a page, Markdown or JSX, so numbers live only in data/kontak.json', async () => {
    const md = '---\ntitle: X\n---\n\nHubungi [110](tel:110) atau [WA](https://wa.me/628111129129).\n';
    expect(await checkBody('docs/a.md', md)).toEqual([
      'docs/a.md:5:9: nomor telepon diketik di halaman; pakai <Kontak id="..." /> dari data/kontak.json.',
      'docs/a.md:5:29: nomor telepon diketik di halaman; pakai <Kontak id="..." /> dari data/kontak.json.',
    ]);
    expect(await checkBody('docs/a.mdx', '---\ntitle: X\n---\n\n<a href="tel:110">110</a>\n')).toHaveLength(1);
  });
});

describe('remarkBodyChecks (the build)', () => {
  const run = (path: string, text: string) => {
    const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkBodyChecks);
    const file = { path: join(process.cwd(), path), value: text };
    return () => processor.runSync(processor.parse(text), file);
  };

  it('fails the build naming the file, line and column of every problem', () => {
    expect(run('docs/sop/a.md', '---\ntitle: X\n---\n\n# X\n\nGANTI: isi\n')).toThrow(
      'docs/sop/a.md:5:1: judul "# ..." di isi; judul halaman diambil dari field title.\ndocs/sop/a.md:7:1: masih ada "GANTI:" dari templat.',
    );
  });

  it('leaves templates and partials alone: they are not published pages', () => {
    expect(run('docs/_templat/sop.md', '# GANTI: judul\n')).not.toThrow();
    expect(run('docs/sop/_enam-langkah.mdx', '# Langkah\n')).not.toThrow();
  });
});
