/**
 * The peer search engine that `npm run bench:cari` compares with: @easyops-cn/docusaurus-search-local,
 * measured through its own code. Its plugin writes its generated constants for the options the
 * benchmark build used (scripts/bench/docusaurus.easyops.config.ts), esbuild bundles its search
 * worker (dist/client/client/theme/worker.js) unchanged against those constants, and the worker's
 * fetch reads the index from that build's folder. Nothing of its search logic is copied here; what
 * differs from a browser is only the web-worker hop (Comlink), which is left out.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { EASYOPS_OPTIONS } from './easyops-options';

const PACKAGE = '@easyops-cn/docusaurus-search-local';

interface EasyopsDocument {
  i: number;
  u: string;
  h?: string;
}
interface EasyopsResult {
  document: EasyopsDocument;
}
interface SearchWorker {
  fetchIndexes(baseUrl: string, searchContext: string): Promise<void>;
  search(baseUrl: string, searchContext: string, input: string, limit: number): Promise<EasyopsResult[]>;
}
type Joi = { validate(o: unknown): { value: unknown; error?: Error } };
interface EasyopsPlugin {
  default: (context: unknown, options: unknown) => unknown;
  validateOptions(a: { options: unknown; validate: (schema: Joi, options: unknown) => unknown }): unknown;
}

export interface Easyops {
  version: string;
  /** The links a reader opens from the results, in order (SearchBar: `u` + `h`). */
  search(query: string, limit: number): Promise<string[]>;
  /** Time to fetch, parse and lunr-load the index (first search waits for this), ms. */
  loadMs: number;
}

/** Loads easyops' worker over the index in `buildDir` (a build made with the benchmark config). */
export async function loadEasyops(buildDir: string): Promise<Easyops> {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve(`${PACKAGE}/package.json`));
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const { default: plugin, validateOptions } = require(PACKAGE) as EasyopsPlugin;
  const tmp = mkdtempSync(join(os.tmpdir(), 'easyops-'));
  try {
    const options = validateOptions({
      options: EASYOPS_OPTIONS,
      validate: (schema, o) => {
        const r = schema.validate(o);
        if (r.error) throw r.error;
        return r.value;
      },
    });
    // The plugin writes generated.js and generated-constants.js, as it does in a build.
    const context = { siteDir: process.cwd(), generatedFilesDir: tmp, siteConfig: { themeConfig: {} }, i18n: { currentLocale: 'id' } };
    plugin(context, options);
    const out = join(tmp, 'worker.mjs');
    await build({
      entryPoints: [join(root, 'dist/client/client/theme/worker.js')],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      outfile: out,
      logLevel: 'silent',
      alias: { '@generated': tmp },
      // The worker's only browser globals: fetch (the index) and location (its same-origin check).
      define: { fetch: 'globalThis.__easyopsFetch', location: 'globalThis.__easyopsLocation' },
      plugins: [
        {
          name: 'comlink',
          setup(b) {
            b.onResolve({ filter: /^comlink$/ }, () => ({ path: 'comlink', namespace: 'stub' }));
            b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export const expose = (w) => { globalThis.__easyopsWorker = w; };' }));
          },
        },
      ],
    });
    const g = globalThis as Record<string, unknown>;
    g.__easyopsLocation = { origin: 'http://localhost' };
    g.__easyopsFetch = async (url: string) => {
      const file = join(buildDir, new URL(url, 'http://localhost').pathname);
      return { json: async () => JSON.parse(readFileSync(file, 'utf8')) as unknown };
    };
    await import(pathToFileURL(out).href);
    const Worker = g.__easyopsWorker as new () => SearchWorker;
    const worker = new Worker();
    const t = performance.now();
    await worker.fetchIndexes('/', '');
    const loadMs = performance.now() - t;
    return {
      version,
      loadMs,
      async search(query, limit) {
        const results = await worker.search('/', '', query, limit);
        return results.map((r) => r.document.u + (r.document.h ?? ''));
      },
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
