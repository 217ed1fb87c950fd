/**
 * Headings inside Markdown. Every section heading (h2, h3) with an anchor gets its tools: copy
 * link, share, QR code; a pasal or ayat heading on a regulation page (anchor `pasal-…`, from
 * src/plugins/remark-pasal) also gets "copy citation". Only docs render Markdown on this site,
 * so the doc context is always there.
 */
import React, { type ReactNode } from 'react';
import MDXHeading from '@theme-original/MDXComponents/Heading';
import type HeadingType from '@theme/MDXComponents/Heading';
import type { WrapperProps } from '@docusaurus/types';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import AlatJudul from '@site/src/components/AlatJudul';
import { citePasal } from '@site/src/lib/regulasi/sebutan';
import type { JenisRegulasi } from '@site/src/lib/regulasi/kind';

type Props = WrapperProps<typeof HeadingType>;

function teksAnak(n: ReactNode): string {
  if (typeof n === 'string' || typeof n === 'number') return String(n);
  if (Array.isArray(n)) return n.map(teksAnak).join('');
  if (React.isValidElement<{ children?: ReactNode }>(n)) return teksAnak(n.props.children);
  return '';
}

export default function HeadingWrapper(props: Props): ReactNode {
  const fm = useDoc().frontMatter as { jenis?: JenisRegulasi; nomor?: string; tahun?: number; sebutan?: string };
  const { id, as } = props;
  if (!id || (as !== 'h2' && as !== 'h3')) return <MDXHeading {...props} />;
  const kutipan = fm.jenis && fm.nomor && fm.tahun ? citePasal(id, { jenis: fm.jenis, nomor: fm.nomor, tahun: fm.tahun, sebutan: fm.sebutan }) : undefined;
  return (
    <>
      <MDXHeading {...props} />
      <AlatJudul id={id} judul={teksAnak(props.children)} kutipan={kutipan} />
    </>
  );
}
