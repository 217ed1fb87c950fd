/**
 * The quizzes of the training modules, as the page shows them (options shuffled per question by
 * src/lib/kuis): the right answer is not given away by its position or by being the longest.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shuffleSoal, type Soal } from '../src/lib/kuis';

const DIRS = ['docs/pelatihan', 'i18n/en/docusaurus-plugin-content-docs/current/pelatihan'];

/** Every `<Kuis id="…" soal={[…]} />` of a module, its `soal` evaluated as the MDX would. */
async function kuisDari(file: string): Promise<{ id: string; soal: Soal[] }[]> {
  const [{ unified }, { default: remarkParse }, { default: remarkMdx }, { default: remarkFrontmatter }] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-mdx'),
    import('remark-frontmatter'),
  ]);
  const tree = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).parse(readFileSync(file, 'utf8'));
  const out: { id: string; soal: Soal[] }[] = [];
  const walk = (n: { type: string; name?: string; attributes?: { name: string; value: unknown }[]; children?: unknown[] }): void => {
    if (n.type === 'mdxJsxFlowElement' && n.name === 'Kuis') {
      const id = n.attributes?.find((a) => a.name === 'id')?.value as string;
      const ekspresi = (n.attributes?.find((a) => a.name === 'soal')?.value as { value: string }).value;
      // The expression is our own content (an array literal), evaluated here as the MDX compiler would.
      out.push({ id, soal: new Function(`return (${ekspresi});`)() as Soal[] });
    }
    for (const c of n.children ?? []) walk(c as never);
  };
  walk(tree as never);
  return out;
}

describe.each(DIRS)('quizzes in %s', (dir) => {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => join(dir, f));

  it('every module has a quiz, shown with each right option kept right after the shuffle', async () => {
    for (const f of files) {
      const kuis = await kuisDari(f);
      expect(kuis.length, f).toBe(1);
      for (const { id, soal } of kuis) {
        shuffleSoal(id, soal).forEach((s, i) => {
          expect(s.pilihan[s.jawaban], `${f} #${i + 1}`).toBe(soal[i]?.pilihan[soal[i].jawaban]);
          expect([...s.pilihan].sort()).toEqual([...(soal[i]?.pilihan ?? [])].sort());
        });
      }
    }
  });

  it('no answer position holds more than half the right answers; the right option is the longest in at most a third', async () => {
    const semua = (await Promise.all(files.map(kuisDari))).flat().flatMap(({ id, soal }) => shuffleSoal(id, soal));
    expect(semua.length).toBeGreaterThanOrEqual(25);
    const perPosisi = new Map<number, number>();
    for (const s of semua) perPosisi.set(s.jawaban, (perPosisi.get(s.jawaban) ?? 0) + 1);
    expect(Math.max(...perPosisi.values()), JSON.stringify([...perPosisi])).toBeLessThanOrEqual(semua.length / 2);
    const terpanjang = semua.filter((s) => s.pilihan.every((p, j) => j === s.jawaban || p.length < (s.pilihan[s.jawaban] as string).length));
    expect(terpanjang.length, terpanjang.map((s) => s.tanya).join(' | ')).toBeLessThanOrEqual(semua.length / 3);
  });
});
