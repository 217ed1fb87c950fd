/** easyops' options for this comparison; scripts/bench/easyops.ts loads its search with the same. */
export const EASYOPS_OPTIONS = {
  hashed: true,
  // lunr-languages has no Indonesian stemmer; English is what the plugin falls back to.
  language: ['en'],
  indexDocs: true,
  indexBlog: false,
  docsRouteBasePath: '/',
};
