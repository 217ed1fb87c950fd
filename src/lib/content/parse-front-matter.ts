/**
 * The `markdown.parseFrontMatter` hook of docusaurus.config.ts. Docusaurus calls it for
 * every Markdown file it loads; throwing here fails `docusaurus build` with our message.
 * Typed structurally so src/lib stays free of Docusaurus imports.
 */
import { hasSchema, checkFile } from './validate';

interface HasilFrontMatter {
  frontMatter: Record<string, unknown>;
  content: string;
}

export interface ParseFrontMatterParams {
  filePath: string;
  fileContent: string;
  defaultParseFrontMatter: (p: { filePath: string; fileContent: string }) => Promise<HasilFrontMatter>;
}

export async function parseValidatedFrontMatter(params: ParseFrontMatterParams): Promise<HasilFrontMatter> {
  const hasil = await params.defaultParseFrontMatter(params);
  if (!hasSchema(params.filePath)) return hasil;
  const relatif = params.filePath.replace(/\\/g, '/').replace(`${process.cwd().replace(/\\/g, '/')}/`, '');
  return { ...hasil, frontMatter: { ...hasil.frontMatter, ...checkFile(relatif, params.fileContent) } };
}
