/**
 * Wraps the doc body: the verification state above it, the sources and review date below.
 * The front matter was validated at build time (src/lib/content), so the fields are there.
 */
import React, { type ReactNode } from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import StatusVerifikasi from '@site/src/components/StatusVerifikasi';
import InfoSumber from '@site/src/components/InfoSumber';
import type { FrontMatterHalaman } from '@site/src/lib/content/schema';

type Props = WrapperProps<typeof ContentType>;

export default function ContentWrapper(props: Props): ReactNode {
  const fm = useDoc().frontMatter as unknown as Partial<FrontMatterHalaman>;
  return (
    <>
      {fm.verifikasi ? <StatusVerifikasi status={fm.verifikasi} catatan={fm.catatan_verifikasi} /> : null}
      <Content {...props} />
      {fm.sumber && fm.diperbarui ? <InfoSumber sumber={fm.sumber} diperbarui={fm.diperbarui} /> : null}
    </>
  );
}
