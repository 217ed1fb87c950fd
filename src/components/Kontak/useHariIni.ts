import { useEffect, useState } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

/**
 * Today as YYYY-MM-DD. The first render uses the build date (so server HTML and hydration
 * agree, and readers without JavaScript still see stale warnings); then the phone's own date.
 */
export function useHariIni(): string {
  const { siteConfig } = useDocusaurusContext();
  const [hari, setHari] = useState(String(siteConfig.customFields?.tanggalBuild ?? ''));
  useEffect(() => setHari(new Date().toISOString().slice(0, 10)), []);
  return hari;
}
