/**
 * The phone menu (navbar items and the docs sidebar), rendered the first time it is opened
 * instead of right after hydration. The theme renders it on every phone page load even while it
 * stays closed, which with the whole sidebar was the largest task after the page appeared.
 * Once opened it stays mounted; src/css/custom.css keeps the slide-in of the first opening.
 */
import React, { useState, type ReactNode } from 'react';
import { useLockBodyScroll, useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import NavbarMobileSidebarLayout from '@theme/Navbar/MobileSidebar/Layout';
import NavbarMobileSidebarHeader from '@theme/Navbar/MobileSidebar/Header';
import NavbarMobileSidebarPrimaryMenu from '@theme/Navbar/MobileSidebar/PrimaryMenu';
import NavbarMobileSidebarSecondaryMenu from '@theme/Navbar/MobileSidebar/SecondaryMenu';

export default function NavbarMobileSidebar(): ReactNode {
  const mobileSidebar = useNavbarMobileSidebar();
  useLockBodyScroll(mobileSidebar.shown);
  const [pernahDibuka, setPernahDibuka] = useState(false);
  // Adjusting state while rendering (React's documented pattern): no extra commit, no effect.
  if (mobileSidebar.shown && !pernahDibuka) setPernahDibuka(true);
  if (!mobileSidebar.shouldRender || !(pernahDibuka || mobileSidebar.shown)) return null;
  return <NavbarMobileSidebarLayout header={<NavbarMobileSidebarHeader />} primaryMenu={<NavbarMobileSidebarPrimaryMenu />} secondaryMenu={<NavbarMobileSidebarSecondaryMenu />} />;
}
