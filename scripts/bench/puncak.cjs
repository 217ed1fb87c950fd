// Preloaded into a benchmarked command: prints its peak resident memory (KiB) on exit.
process.on('exit', () => require('node:fs').writeSync(2, `PUNCAK_RSS_KIB ${process.resourceUsage().maxRSS}\n`));
