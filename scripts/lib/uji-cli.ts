/** For tests: runs a command's `main` in this process, with stdin from a string, and collects what it wrote. */
import { Readable, Writable } from 'node:stream';
import { runMain, type Main } from './cli';

export interface CommandResult {
  kode: number;
  keluar: string;
  galat: string;
}

export async function runInProcess(main: Main, args: string[], input?: string): Promise<CommandResult> {
  const keluar: string[] = [];
  const galat: string[] = [];
  const ke = (daftar: string[]): Writable =>
    new Writable({
      write(potongan: Buffer | string, _enc, selesai) {
        daftar.push(potongan.toString());
        selesai();
      },
    });
  const stdin = Readable.from(input === undefined ? [] : [Buffer.from(input)]);
  const kode = await runMain(main, args, { stdin, stdout: ke(keluar), stderr: ke(galat) });
  return { kode, keluar: keluar.join(''), galat: galat.join('') };
}
