/** Small pieces the benchmark scripts share. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { jalurChromium } from '../../tests/situs/chromium';

/** Median, averaging the middle two of an even count. */
export function median(xs: number[]): number {
  const u = [...xs].sort((a, b) => a - b);
  const m = Math.floor(u.length / 2);
  return u.length % 2 ? (u[m] as number) : ((u[m - 1] as number) + (u[m] as number)) / 2;
}

/** True when `root` holds a build and Chromium is installed; otherwise says what is missing. */
export function buildDanChromiumAda(root: string): boolean {
  if (!existsSync(join(root, 'index.html'))) {
    console.log(`${root} has no build; run npm run build`);
    return false;
  }
  if (!jalurChromium) {
    console.log('Chromium not found; install it (apt-get install chromium) or set CHROMIUM_PATH.');
    return false;
  }
  return true;
}

/** Runs a benchmark's main function and exits with its code; an unexpected error exits 1. */
export function jalankanBench(utama: () => Promise<number>): void {
  utama().then(
    (kode) => process.exit(kode),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
