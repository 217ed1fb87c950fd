/**
 * The theme's breadcrumb JSON-LD, with its JSON escaped for a script element: the original
 * writes JSON.stringify as is, so a label holding "</script>" ended the block and ran as script.
 */
import React, { type ReactNode } from 'react';
import Head from '@docusaurus/Head';
import { useBreadcrumbsStructuredData } from '@docusaurus/plugin-content-docs/client';
import type { Props } from '@theme/DocBreadcrumbs/StructuredData';
import { jsonUntukSkrip } from '@site/src/lib/web/json-skrip';

export default function DocBreadcrumbsStructuredData(props: Props): ReactNode {
  const structuredData = useBreadcrumbsStructuredData({ breadcrumbs: props.breadcrumbs });
  return (
    <Head>
      <script type="application/ld+json">{jsonUntukSkrip(structuredData)}</script>
    </Head>
  );
}
