/**
 * The built site, served and opened in Chromium for one test file: call `pakaiSitus()` inside a
 * describe block; `situs.url` and `situs.browser` are ready in that block's tests.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { bukaChromium } from './chromium';
import { mulaiServer, type Server2 } from './server';

export const BUILD = join(process.cwd(), 'build');

export interface Situs {
  url: string;
  browser: Browser;
  server: Server2;
}

export function pakaiSitus(): Situs {
  const situs = {} as Situs;
  let tutup: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    if (!existsSync(join(BUILD, 'index.html'))) throw new Error('Tidak ada build/: jalankan `npm run build` dulu.');
    const server = await mulaiServer(BUILD);
    tutup = server.tutup;
    situs.server = server;
    situs.url = server.url;
    situs.browser = await bukaChromium();
  });
  afterAll(async () => {
    await situs.browser?.close();
    await tutup?.();
  });
  return situs;
}
