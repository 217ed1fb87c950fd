/**
 * Remark plugin: puts the regulation metadata block (src/components/MetadataRegulasi) at the top
 * of every regulation page's content. The block, and the catalogue it reads, then belong to the
 * regulation pages' own bundle: the other pages (the recruiter checker, the SOPs) do not
 * download them, and the server still renders the block into the HTML, so it reads and prints
 * without script.
 */
import type { Root } from 'mdast';
import type { Program } from 'estree';
// The MDX node types (mdxjsEsm, mdxJsxFlowElement) in mdast's content.
import type {} from 'mdast-util-mdx';
import { docPath, jenisKonten } from '../../lib/content/kind';

const KOMPONEN = 'MetadataRegulasi';
const MODUL = '@site/src/components/MetadataRegulasi';

/** `import MetadataRegulasi from '@site/src/components/MetadataRegulasi'`, as MDX needs it. */
function impor(): Program {
  return {
    type: 'Program',
    sourceType: 'module',
    body: [
      {
        type: 'ImportDeclaration',
        specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name: KOMPONEN } }],
        source: { type: 'Literal', value: MODUL, raw: `'${MODUL}'` },
        attributes: [],
      },
    ],
  };
}

export default function remarkRegulasi() {
  return (root: Root, file: { path?: string }): void => {
    const jalur = docPath(file.path ?? '');
    if (!jalur || jenisKonten(jalur) !== 'regulasi') return;
    root.children.unshift(
      { type: 'mdxjsEsm', value: `import ${KOMPONEN} from '${MODUL}';`, data: { estree: impor() } },
      { type: 'mdxJsxFlowElement', name: KOMPONEN, attributes: [], children: [] },
    );
  };
}
