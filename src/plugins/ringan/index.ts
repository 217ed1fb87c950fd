/**
 * Keeps what every page downloads small. Docusaurus loads the Prism highlighter on every page
 * through a client module; this site shows no program code (our `@theme/CodeBlock` renders plain
 * text), so the browser bundle gets an empty stand-in for `prism-react-renderer`.
 */
import { join } from 'node:path';
import type { Plugin } from '@docusaurus/types';

export default function pluginRingan(): Plugin {
  return {
    name: 'ringan',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return { resolve: { alias: { 'prism-react-renderer$': join(__dirname, 'prism-kosong.ts') } } };
    },
  };
}
