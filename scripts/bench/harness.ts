/**
 * The small harness every benchmark in scripts/bench uses: statistics, a plain-text table, the
 * machine line, gzip sizes and the run-and-exit wrapper. Benchmarks print their figures and mark
 * missed targets; they never fail a test run (speed is measured here, not asserted in tests).
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { jalurChromium } from '../../tests/situs/chromium';

/** Median, averaging the middle two of an even count. */
export function median(xs: ArrayLike<number>): number {
  const u = Float64Array.from(xs).sort();
  if (u.length === 0) return Number.NaN;
  const m = Math.floor(u.length / 2);
  return u.length % 2 ? (u[m] as number) : ((u[m - 1] as number) + (u[m] as number)) / 2;
}

/** Nearest-rank percentile (p in 0–100; 100 is the maximum). */
export function percentile(xs: ArrayLike<number>, p: number): number {
  const u = Float64Array.from(xs).sort();
  if (u.length === 0) return Number.NaN;
  const i = Math.min(u.length - 1, Math.max(0, Math.ceil((p / 100) * u.length) - 1));
  return u[i] as number;
}

/** A plain-text table: the first column left-aligned, the others right-aligned. */
export function table(head: string[], rows: string[][]): string {
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]): string => r.map((x, i) => (i === 0 ? x.padEnd(width[i] as number) : x.padStart(width[i] as number))).join('  ');
  return [line(head), width.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** "machine: CPU, N cores, linux 6.x, Node v20.x; date: 2026-12-01" plus what the caller adds. */
export function machineLine(...extra: string[]): string {
  const cpu = os.cpus();
  return [
    `machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${os.platform()} ${os.release()}, Node ${process.version}`,
    ...extra,
    `date: ${new Date().toISOString().slice(0, 10)}`,
  ].join('; ');
}

/** Bytes after gzip -9 (what a server with maximum compression sends). */
export const gzipSize = (data: Buffer | string): number => gzipSync(data, { level: 9 }).length;

/** "met" or a marker that a reader cannot miss. */
export const mark = (ok: boolean): string => (ok ? 'met' : '** MISSED **');

/** True when `root` holds a build and Chromium is installed; otherwise says what is missing. */
export function hasBuildAndChromium(root: string): boolean {
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
export function runBenchmark(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}

export interface Latency {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

/**
 * Times `fn` on every input, `passes` times after one warm-up pass. A function that returns a
 * promise is awaited (its time includes the await); a synchronous one is timed as it is.
 */
export async function latency<T>(inputs: readonly T[], fn: (x: T) => unknown, passes: number): Promise<Latency> {
  const once = async (x: T): Promise<number> => {
    const t = performance.now();
    const r = fn(x);
    if (r instanceof Promise) await r;
    return performance.now() - t;
  };
  for (const x of inputs) await once(x);
  const ms = new Float64Array(inputs.length * passes);
  let k = 0;
  for (let p = 0; p < passes; p += 1) for (const x of inputs) ms[k++] = await once(x);
  return { n: ms.length, p50: percentile(ms, 50), p95: percentile(ms, 95), max: percentile(ms, 100) };
}
