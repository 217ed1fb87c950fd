/** The site's root: the pages, and the notice of a new build for readers with an offline copy. */
import React, { type ReactNode } from 'react';
import VersiBaru from '@site/src/components/VersiBaru';

export default function Root({ children }: { children: ReactNode }): ReactNode {
  return (
    <>
      {children}
      <VersiBaru />
    </>
  );
}
