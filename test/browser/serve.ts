// A static file server for the built site (dist/), on a free loopback port, for the browser tests
// and the page benchmark. Serves what `astro build` wrote, with gzip when the client asks (as a
// real host would: compressed once per file), and no cross-origin-isolation headers (the site
// must not need them).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.txt', '.xml']);

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

function resolveFile(root: string, pathname: string): string | null {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, safe);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/**
 * A file's gzipped bytes, compressed once and kept (as a host that precompresses, or a CDN,
 * serves them: the measured time is then not this server's compression).
 */
const gzipCache = new Map<string, { mtime: number; body: Buffer }>();

function gzipped(file: string): Buffer {
  const mtime = statSync(file).mtimeMs;
  const hit = gzipCache.get(file);
  if (hit !== undefined && hit.mtime === mtime) return hit.body;
  const body = gzipSync(readFileSync(file));
  gzipCache.set(file, { mtime, body });
  return body;
}

export interface ServeOptions {
  /** Add the cross-origin-isolation headers. */
  isolated?: boolean;
  /** Told of each response sent: its path and its body's size on the wire (gzipped if it was). */
  onSent?: (path: string, bytes: number) => void;
}

/**
 * `isolated` adds the cross-origin-isolation headers (COOP/COEP), which give the page a
 * SharedArrayBuffer: the site does not need them, but uses it when it is there.
 */
export function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const isolation = options.isolated
    ? { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' } : {};
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = resolveFile(root, url.pathname) ?? resolveFile(root, '/404.html');
    if (file === null) {
      res.writeHead(404).end();
      return;
    }
    const ext = extname(file);
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(file.endsWith('404.html') && url.pathname !== '/404.html' ? 404 : 200, {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      ...isolation,
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    const body = gzip ? gzipped(file) : readFileSync(file);
    res.on('finish', () => options.onSent?.(url.pathname, body.length));
    res.end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
