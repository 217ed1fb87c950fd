/**
 * A minimal static server for the production build, resolving URLs the way a static
 * host does (`/sop` → `/sop.html` or `/sop/index.html`). Test helper only.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

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

/**
 * `gzip: true` compresses text (level 9) for clients that accept it, as a static host would;
 * the default sends files as they are.
 */
export async function mulaiServer(root: string, opsi: { gzip?: boolean } = {}): Promise<{ url: string; tutup: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const file = cariFile(root, pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(existsSync(join(root, '404.html')) ? readFileSync(join(root, '404.html')) : 'not found');
      return;
    }
    const jenis = JENIS[extname(file)] ?? 'application/octet-stream';
    const isi = readFileSync(file);
    if (opsi.gzip && /gzip/.test(String(req.headers['accept-encoding'] ?? '')) && /text|javascript|json|svg|xml/.test(jenis)) {
      res.writeHead(200, { 'content-type': jenis, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      res.end(gzipSync(isi, { level: 9 }));
      return;
    }
    res.writeHead(200, { 'content-type': jenis });
    res.end(isi);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    tutup: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
