/**
 * Checks on a page's body (not its front matter), over the Markdown tree rather than its lines:
 * - the title comes from front matter, so a `# heading` would print a second title;
 * - no `GANTI:` marker from a template may remain;
 * - phone numbers come from data/kontak.json through <Kontak>, never typed as tel: or wa.me links.
 *
 * One remark plugin, `remarkBodyChecks`, does this in the build (docusaurus.config.ts,
 * `beforeDefaultRemarkPlugins`: a problem fails the build) and in `npm run konten:periksa`
 * (through `checkBody`, which parses the file as Docusaurus does and collects every problem).
 * Each problem names the file and its true line and column, front matter included.
 */
import type { Root } from 'mdast';
import { hasSchema, projectPath } from './validate';

/** The few node fields the checks read; mdast, GFM, directive and MDX JSX nodes all have this shape. */
interface Node {
  type: string;
  value?: unknown;
  url?: string;
  depth?: number;
  /** An array on MDX JSX elements; an object on directives (`:::note{title=…}`). */
  attributes?: { type: string; name?: string; value?: unknown }[] | Record<string, unknown> | null;
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

export interface BodyProblem {
  line: number;
  column: number;
  message: string;
}

const PHONE_LINK = /^(tel:|https?:\/\/wa\.me\/)/;
const MESSAGE = {
  title: 'judul "# ..." di isi; judul halaman diambil dari field title.',
  template: 'masih ada "GANTI:" dari templat.',
  phone: 'nomor telepon diketik di halaman; pakai <Kontak id="..." /> dari data/kontak.json.',
} as const;

/** Every body problem in a parsed page, in document order. Code blocks are never checked. */
export function bodyProblems(tree: Root): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const report = (node: Node, message: string): void => {
    const at = node.position?.start ?? { line: 0, column: 0 };
    problems.push({ line: at.line, column: at.column, message });
  };
  const walk = (node: Node): void => {
    if (node.type === 'code' || node.type === 'yaml') return;
    if (node.type === 'heading' && node.depth === 1) report(node, MESSAGE.title);
    if (typeof node.value === 'string' && node.type !== 'inlineCode' && node.value.includes('GANTI:')) report(node, MESSAGE.template);
    if ((node.type === 'link' || node.type === 'definition') && PHONE_LINK.test(node.url ?? '')) report(node, MESSAGE.phone);
    for (const a of Array.isArray(node.attributes) ? node.attributes : []) {
      if (typeof a.value !== 'string') continue;
      if (a.value.includes('GANTI:')) report(node, MESSAGE.template);
      if (a.name === 'href' && PHONE_LINK.test(a.value)) report(node, MESSAGE.phone);
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree as unknown as Node);
  return problems;
}

const format = (file: string, p: BodyProblem): string => `${file}:${p.line}:${p.column}: ${p.message}`;

/**
 * Remark plugin for the build: throws, naming every problem, when a content page (see
 * `hasSchema`: not a template or partial) fails a body check. Other files pass untouched.
 */
export function remarkBodyChecks() {
  return (tree: Root, file: { path?: string }): void => {
    const path = projectPath(file.path ?? '');
    if (!hasSchema(path)) return;
    const problems = bodyProblems(tree);
    if (problems.length > 0) throw new Error(problems.map((p) => format(path, p)).join('\n'));
  };
}

/**
 * The body problems of one file's text, each as "file:line:col: message". Parsed as Docusaurus
 * parses it (`markdown.format: 'detect'`: `.mdx` as MDX, `.md` as CommonMark; front matter,
 * admonition directives and GFM in both), so the lines are the ones the build reports.
 */
export async function checkBody(file: string, fileContent: string): Promise<string[]> {
  const [{ unified }, { default: remarkParse }, { default: remarkFrontmatter }, { default: remarkDirective }, { default: remarkGfm }, { default: remarkMdx }] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-frontmatter'),
    import('remark-directive'),
    import('remark-gfm'),
    import('remark-mdx'),
  ]);
  const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkDirective).use(remarkGfm);
  if (file.endsWith('.mdx')) processor.use(remarkMdx);
  const tree = processor.runSync(processor.parse(fileContent)) as Root;
  return bodyProblems(tree).map((p) => format(file, p));
}
