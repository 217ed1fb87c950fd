/**
 * A minimal static server for the production build, resolving URLs the way a static
 * host does (`/sop` → `/sop.html` or `/sop/index.html`). Test helper only.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const JENIS: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

function cariFile(root: string, pathname: string): string | undefined {
  const aman = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const dasar = join(root, aman);
  for (const calon of [dasar, `${dasar}.html`, join(dasar, 'index.html')]) {
    if (existsSync(calon) && statSync(calon).isFile()) return calon;
  }
  return undefined;
}

export async function mulaiServer(root: string): Promise<{ url: string; tutup: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const file = cariFile(root, pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(existsSync(join(root, '404.html')) ? readFileSync(join(root, '404.html')) : 'not found');
      return;
    }
    res.writeHead(200, { 'content-type': JENIS[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    tutup: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
