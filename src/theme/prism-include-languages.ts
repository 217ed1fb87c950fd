/** No Prism languages to load: code blocks are not highlighted (see `src/theme/CodeBlock`). */
export default function prismIncludeLanguages(): void {}
