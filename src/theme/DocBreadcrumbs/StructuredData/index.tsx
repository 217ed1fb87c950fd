/**
 * The theme's breadcrumb JSON-LD, with its JSON escaped for a script element: the original
 * writes JSON.stringify as is, so a label holding "</script>" ended the block and ran as script.
 * Written only when the build has a public address (SITE_URL), since its items are absolute.
 */
import React, { type ReactNode } from 'react';
import Head from '@docusaurus/Head';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useBreadcrumbsStructuredData } from '@docusaurus/plugin-content-docs/client';
import type { Props } from '@theme/DocBreadcrumbs/StructuredData';
import { jsonUntukSkrip } from '@site/src/lib/web/json-script';

export default function DocBreadcrumbsStructuredData(props: Props): ReactNode {
  const structuredData = useBreadcrumbsStructuredData({ breadcrumbs: props.breadcrumbs });
  // Its items are absolute addresses: a build without a real one (SITE_URL) writes none.
  if (useDocusaurusContext().siteConfig.customFields?.alamatTetap !== true) return null;
  return (
    <Head>
      <script type="application/ld+json">{jsonUntukSkrip(structuredData)}</script>
    </Head>
  );
}
