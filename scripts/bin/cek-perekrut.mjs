#!/usr/bin/env node
// `npx cek-perekrut ...` or `node scripts/bin/cek-perekrut.mjs ...`: runs scripts/cek-perekrut.ts with tsx, with
// stdin, stdout, stderr and the exit code passed through and no npm banner on stdout.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const skrip = fileURLToPath(new URL('../cek-perekrut.ts', import.meta.url));
const r = spawnSync(process.execPath, [tsx, skrip, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = r.status ?? 2;
