/**
 * The `markdown.parseFrontMatter` hook of docusaurus.config.ts. Docusaurus calls it for
 * every Markdown file it loads; throwing here fails `docusaurus build` with our message.
 * A content page's front matter is parsed once, by our text-faithful reader (YAML core
 * schema) and checked against its kind's schema; Docusaurus' own parser reads only the files
 * the rules do not cover (partials, templates). Typed structurally so src/lib stays free of
 * Docusaurus imports.
 */
import { hasSchema, projectPath, readPage } from './validate';

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
  if (!hasSchema(params.filePath)) return params.defaultParseFrontMatter(params);
  return readPage(projectPath(params.filePath), params.fileContent);
}
