import React, { type ReactNode } from 'react';
import type { Props } from '@theme/CodeBlock';

/**
 * Code blocks without syntax highlighting. The site shows no program code; the Prism highlighter
 * Docusaurus ships on every page would cost each reader ~33 KB gzip for nothing. A block still
 * renders as readable, copyable preformatted text.
 */
export default function CodeBlock({ children, className, title }: Props): ReactNode {
  return (
    <figure className="kode">
      {title ? <figcaption>{title}</figcaption> : null}
      <pre tabIndex={0} className={className}>
        <code>{children}</code>
      </pre>
    </figure>
  );
}
