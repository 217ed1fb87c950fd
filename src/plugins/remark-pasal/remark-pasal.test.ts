import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Heading, Root } from 'mdast';
import remarkPasal from '.';

async function anchors(md: string): Promise<(string | undefined)[]> {
  const proc = unified().use(remarkParse).use(remarkPasal);
  const tree = (await proc.run(proc.parse(md))) as Root;
  return tree.children.filter((n): n is Heading => n.type === 'heading').map((h) => (h.data as { hProperties?: { id?: string } } | undefined)?.hProperties?.id);
}

describe('remark-pasal', () => {
  it('anchors pasal and the ayat under them by number', async () => {
    const md = '## Intinya\n\n## Pasal 2\n\n### Ayat (1)\n\n### Ayat (2)\n\n## Pasal 44 (kerahasiaan identitas)\n\n### Ayat (1)\n';
    expect(await anchors(md)).toEqual([undefined, 'pasal-2', 'pasal-2-ayat-1', 'pasal-2-ayat-2', 'pasal-44', 'pasal-44-ayat-1']);
  });

  it('stops numbering ayat once a new section starts, and keeps explicit ids', async () => {
    const md = '## Pasal 2\n\n## Teks resmi\n\n### Ayat (1)\n\n## Pasal 60 {#peran-masyarakat}\n';
    expect(await anchors(md)).toEqual(['pasal-2', undefined, undefined, undefined]);
  });

  it('keeps an explicit id written as an MDX comment', async () => {
    expect(await anchors('## Pasal 60 {/* #peran-masyarakat */}\n\n## Pasal 61\n')).toEqual([undefined, 'pasal-61']);
  });
});
