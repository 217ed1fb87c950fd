/**
 * Benchmark-only Docusaurus config: our site (docusaurus.config.ts) plus the theme of
 * @easyops-cn/docusaurus-search-local, so that `npm run bench:cari` can compare our search
 * index with easyops' on the same docs. Never used for the real site.
 *   npx docusaurus build --config scripts/bench/docusaurus.easyops.config.ts --out-dir /tmp/build-easyops --locale id
 * Our src/theme/SearchBar still shadows easyops' SearchBar (site theme files win over any
 * theme), so the built pages show our search box; easyops' postBuild still writes its
 * search-index*.json, which is all the benchmark reads.
 */
import type { Config } from '@docusaurus/types';
import basis from '../../docusaurus.config';
import { EASYOPS_OPTIONS } from './easyops-options';

const config: Config = {
  ...basis,
  themes: [...(basis.themes ?? []), ['@easyops-cn/docusaurus-search-local', EASYOPS_OPTIONS]],
};

export default config;
