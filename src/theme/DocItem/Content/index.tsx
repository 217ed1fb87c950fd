/**
 * The doc body, in reading order: title, verification state, the Markdown (on regulation pages
 * it starts with the metadata block, src/plugins/remark-regulasi), then the sources and review
 * date. Replaces the theme's DocItem/Content; titles always come from front matter (`npm run
 * konten:periksa` refuses a `# heading` in the body), so these blocks sit under the title on
 * every page.
 * Every doc page ends with its print footer (KakiCetak). The front matter was validated at
 * build time (src/lib/content).
 */
import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import { ThemeClassNames } from '@docusaurus/theme-common';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import Heading from '@theme/Heading';
import MDXContent from '@theme/MDXContent';
import StatusVerifikasi from '@site/src/components/StatusVerifikasi';
import InfoSumber from '@site/src/components/InfoSumber';
import TombolCetak from '@site/src/components/TombolCetak';
import SimpanOffline from '@site/src/components/SimpanOffline';
import KakiCetak from '@site/src/components/KakiCetak';
import { KontakDarurat } from '@site/src/components/PilihSaluran/KontakDarurat';
import type { FrontMatterHalaman } from '@site/src/lib/content/schema';
import { halamanPolicy } from '@site/src/lib/content/halaman';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import CatatanTerjemahan, { belumDiterjemahkan } from '@site/src/components/CatatanTerjemahan';

export default function DocItemContent({ children }: { children: ReactNode }): ReactNode {
  const { frontMatter, metadata } = useDoc();
  const fm = frontMatter as unknown as Partial<FrontMatterHalaman>;
  // What this page offers (print, offline copy, card layout, emergency line): src/lib/content/halaman.
  const { cetak, offline, kartu, darurat } = halamanPolicy(metadata.source);
  const { i18n } = useDocusaurusContext();
  // A page shown in a locale it is not written in says so, and its text carries its own language.
  const lang = belumDiterjemahkan(metadata.source, i18n.currentLocale, i18n.defaultLocale) ? 'id' : undefined;
  return (
    <div className={clsx(ThemeClassNames.docs.docMarkdown, 'markdown')} data-kartu={kartu ? '' : undefined}>
      <header>
        <Heading as="h1" lang={lang}>
          {metadata.title}
        </Heading>
        {cetak ? <TombolCetak /> : null}
      </header>
      <CatatanTerjemahan source={metadata.source} permalink={metadata.permalink} />
      {/* The emergency line on the first screen of every SOP page, before anything else. */}
      {darurat ? <KontakDarurat /> : null}
      {fm.verifikasi ? <StatusVerifikasi status={fm.verifikasi} catatan={fm.catatan_verifikasi} /> : null}
      {lang ? (
        <div lang={lang}>
          <MDXContent>{children}</MDXContent>
        </div>
      ) : (
        <MDXContent>{children}</MDXContent>
      )}
      {offline ? <SimpanOffline /> : null}
      {fm.sumber && fm.diperbarui ? <InfoSumber sumber={fm.sumber} diperbarui={fm.diperbarui} /> : null}
      <KakiCetak tautan={metadata.permalink} diperbarui={fm.diperbarui} />
    </div>
  );
}
