/**
 * The docs sidebar inside the phone menu: the theme's own component, with one change. The theme
 * hands its props to NavbarSecondaryMenuFiller, which memoizes them by sorting their keys with
 * `localeCompare`; the first `localeCompare` of a page loads the browser's collation data, a
 * task of its own (~50 ms on a slow phone) right after hydration. Passing a single, memoized
 * prop leaves nothing to sort.
 */
import React, { memo, useMemo, type ReactNode } from 'react';
import clsx from 'clsx';
import { NavbarSecondaryMenuFiller, ThemeClassNames } from '@docusaurus/theme-common';
import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import DocSidebarItems from '@theme/DocSidebarItems';
import type { Props } from '@theme/DocSidebar/Mobile';

type Isi = Pick<Props, 'sidebar' | 'path'>;

function DocSidebarMobileSecondaryMenu({ isi: { sidebar, path } }: { isi: Isi }): ReactNode {
  const mobileSidebar = useNavbarMobileSidebar();
  return (
    <ul className={clsx(ThemeClassNames.docs.docSidebarMenu, 'menu__list')}>
      <DocSidebarItems
        items={sidebar}
        activePath={path}
        onItemClick={(item) => {
          // Mobile sidebar should only be closed if the category has a link
          if ((item.type === 'category' && item.href) || item.type === 'link') mobileSidebar.toggle();
        }}
        level={1}
      />
    </ul>
  );
}

function DocSidebarMobile({ sidebar, path }: Props): ReactNode {
  const isi = useMemo<Isi>(() => ({ sidebar, path }), [sidebar, path]);
  return <NavbarSecondaryMenuFiller component={DocSidebarMobileSecondaryMenu} props={{ isi }} />;
}

export default memo(DocSidebarMobile);
