/**
 * Keeps what every page downloads small and what it runs short. Docusaurus loads the Prism
 * highlighter on every page through a client module; this site shows no program code (our
 * `@theme/CodeBlock` renders plain text), so the browser bundle gets an empty stand-in for
 * `prism-react-renderer`. Docusaurus' link prefetching is replaced by one that waits for idle
 * time and fetches each script once (./docusaurus.ts); a site test notices if a Docusaurus
 * upgrade moves the module it replaces.
 * Webpack's build cache does not see changes to this file: after editing it, `npm run clear`.
 */
import { dirname, join } from 'node:path';
import type { Plugin } from '@docusaurus/types';

export default function pluginRingan(): Plugin {
  return {
    name: 'ringan',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      // Docusaurus' client entry imports it as './docusaurus'; an absolute alias key matches that.
      const docusaurusAsli = join(dirname(require.resolve('@docusaurus/core/lib/client/clientEntry.js')), 'docusaurus');
      return {
        resolve: {
          alias: {
            'prism-react-renderer$': join(__dirname, 'prism-kosong.ts'),
            [`${docusaurusAsli}$`]: join(__dirname, 'docusaurus.ts'),
          },
        },
      };
    },
  };
}
