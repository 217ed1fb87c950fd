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

export interface Server2 {
  url: string;
  tutup: () => Promise<void>;
  /** Serve another build from now on (a deploy). */
  gantiAkar: (dir: string) => void;
  /** `true`: every request fails at the network level, as without signal. */
  putus: (ya: boolean) => void;
  /** Paths requested so far. */
  diminta: string[];
}

/**
 * `gzip: true` compresses text (level 9) for clients that accept it, as a static host would;
 * the default sends files as they are. `host` picks the loopback address (127.0.0.2 is another
 * origin than 127.0.0.1).
 */
export async function mulaiServer(akarAwal: string, opsi: { gzip?: boolean; host?: string } = {}): Promise<Server2> {
  let root = akarAwal;
  let mati = false;
  const diminta: string[] = [];
  const server: Server = createServer((req, res) => {
    if (mati) {
      req.socket.destroy();
      return;
    }
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    diminta.push(pathname);
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
  const host = opsi.host ?? '127.0.0.1';
  await new Promise<void>((ok) => server.listen(0, host, ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    tutup: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
    gantiAkar: (dir) => {
      root = dir;
    },
    putus: (ya) => {
      mati = ya;
      if (ya) server.closeAllConnections();
    },
    diminta,
  };
}
