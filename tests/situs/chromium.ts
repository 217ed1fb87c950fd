/**
 * Finds Debian's Chromium for browser tests. Locally a missing browser skips the tests with
 * the install command; with CI=true it is a failure, so CI can never pass by skipping.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CALON = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => Boolean(p));

export const jalurChromium = CALON.find((p) => existsSync(p));

const PESAN_PASANG = 'Pasang dengan: sudo apt-get update && sudo apt-get install -y chromium ' + '(atau tetapkan CHROMIUM_PATH ke berkas Chromium), lalu jalankan lagi `npm test`.';

if (!jalurChromium) {
  if (process.env.CI === 'true') throw new Error(`Chromium tidak ditemukan, dan dengan CI=true uji peramban wajib jalan. ${PESAN_PASANG}`);
  console.warn(`\nChromium tidak ditemukan, jadi uji peramban dilewati. ${PESAN_PASANG}\n`);
}

export function bukaChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: jalurChromium,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}
