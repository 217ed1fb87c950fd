/**
 * Headings inside Markdown. On a regulation page, a pasal or ayat heading (anchor `pasal-…`,
 * set by src/plugins/remark-pasal) gets copy-link and copy-citation buttons. Only docs render
 * Markdown on this site, so the doc context is always there.
 */
import React, { type ReactNode } from 'react';
import MDXHeading from '@theme-original/MDXComponents/Heading';
import type HeadingType from '@theme/MDXComponents/Heading';
import type { WrapperProps } from '@docusaurus/types';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import AlatPasal from '@site/src/components/AlatPasal';
import { bacaAnchorPasal } from '@site/src/lib/regulasi/sebutan';
import type { JenisRegulasi } from '@site/src/lib/content/schema';

type Props = WrapperProps<typeof HeadingType>;

export default function HeadingWrapper(props: Props): ReactNode {
  const fm = useDoc().frontMatter as { jenis?: JenisRegulasi; nomor?: string; tahun?: number; sebutan?: string };
  const id = props.id;
  const pasal = id && fm.jenis && fm.nomor && fm.tahun ? bacaAnchorPasal(id) : undefined;
  return (
    <>
      <MDXHeading {...props} />
      {pasal && id && fm.jenis && fm.nomor && fm.tahun ? (
        <AlatPasal id={id} regulasi={{ jenis: fm.jenis, nomor: fm.nomor, tahun: fm.tahun, sebutan: fm.sebutan }} />
      ) : null}
    </>
  );
}
