/**
 * The edge every command line shares. A command is `main(argv, io)`: it reads its arguments
 * (without `node` and the script), writes only to `io`, and returns its exit code, so tests call
 * it in process. `UsageError` is a usage or input error: one sentence on stderr, exit 2.
 * `runAsCommand` runs a `main` when its file is the process's entry point.
 */
import { once } from 'node:events';
import { pathToFileURL } from 'node:url';
import type { Readable, Writable } from 'node:stream';
import { amanTerminal } from './terminal';

export interface Io {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

export type Main = (argv: string[], io: Io) => Promise<number>;

/** A usage or input error: its message is the one sentence the user reads; exit 2. */
export class UsageError extends Error {}

/** Writes to a stream, waiting when the pipe is full, so output does not pile up in memory. */
export async function writeTo(keluar: Writable, potongan: string): Promise<void> {
  if (!keluar.write(potongan)) await once(keluar, 'drain');
}

/** All of a stream (stdin), as bytes. */
export async function readAll(masuk: Readable): Promise<Buffer> {
  const bagian: Buffer[] = [];
  for await (const b of masuk) bagian.push(Buffer.isBuffer(b) ? b : Buffer.from(String(b)));
  return Buffer.concat(bagian);
}

/** Runs `main`; a thrown error becomes one sentence on stderr and exit 2. */
export async function runMain(main: Main, argv: string[], io: Io): Promise<number> {
  try {
    return await main(argv, io);
  } catch (err) {
    const pesan = err instanceof UsageError ? err.message : `Galat tak terduga: ${err instanceof Error ? err.message : String(err)}`;
    io.stderr.write(`${amanTerminal(pesan)}\n`);
    return 2;
  }
}

/** Runs `main` with the process's arguments and streams when `metaUrl` is the entry point. */
export function runAsCommand(metaUrl: string, main: Main): void {
  const entri = process.argv[1];
  if (!entri || pathToFileURL(entri).href !== metaUrl) return;
  // Output piped into a reader that stopped (`| head`): end quietly, as Unix tools do.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(process.exitCode ?? 0);
  });
  void runMain(main, process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then((kode) => {
    process.exitCode = kode;
  });
}
