/**
 * The static server of the scale benchmark (scripts/bench/skala.ts), as a static host with
 * compression would serve a corpus: text files (HTML, JS, JSON) gzipped at level 9 for clients
 * that accept it, everything else as it is. Pagefind's own index files (`.pf_meta`, `.pf_index`,
 * `.pf_fragment`, `wasm.*.pagefind`) are already gzip streams that pagefind.js decompresses, so
 * they go out unchanged, as on any host. Compressed bodies are made once per file and kept, so
 * that compression time on the (shared) CPU does not count in the measured first search.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TEXT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** Serves `root` on a free port of 127.0.0.1. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const file = join(root, normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, ''));
    readFile(file).then(
      (body) => {
        const type = TEXT_TYPES[extname(file)];
        const headers = { 'content-type': type ?? 'application/octet-stream', 'cache-control': 'no-store' };
        if (type && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
          let gz = gzipped.get(file);
          if (!gz) gzipped.set(file, (gz = gzipSync(body, { level: 9 })));
          res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' });
          res.end(gz);
          return;
        }
        res.writeHead(200, headers);
        res.end(body);
      },
      () => {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('not found');
      },
    );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
