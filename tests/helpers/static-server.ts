import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

/** The file for a URL path inside `dir`, or undefined. Directories serve their index.html. */
export function resolveFile(dir: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const candidate = normalize(join(dir, decoded));
  if (candidate !== dir && !candidate.startsWith(dir + sep)) return undefined;
  if (!existsSync(candidate)) return undefined;
  if (statSync(candidate).isDirectory()) {
    const index = join(candidate, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return candidate;
}

/** Types a web host compresses. */
const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg', '.webmanifest']);

export interface ServeOptions {
  /** Send text files gzip-compressed to clients that accept it, as a production host does. */
  readonly gzip?: boolean;
}

/** Extra response headers for a URL path, as a host would add them (see public/_headers). */
export type HeadersForPath = (urlPath: string) => Record<string, string>;

/** A tiny static file server for a built site, mounted at `base` ("/" or "/sub/"). */
export async function serveStatic(
  dir: string,
  base = '/',
  extraHeaders: HeadersForPath = () => ({}),
  options: ServeOptions = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const compressed = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const send404 = () => {
      const page = join(dir, '404.html');
      res.writeHead(404, { ...extraHeaders(path), 'content-type': types['.html']! });
      if (existsSync(page)) createReadStream(page).pipe(res);
      else res.end('Not found');
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    if (!path.startsWith(base)) return send404();
    const inside = `/${path.slice(base.length)}`;
    const file = resolveFile(dir, inside);
    if (!file) return send404();
    // A directory asked for without its slash: redirect, as static hosts do.
    if (!inside.endsWith('/') && file.endsWith(`${sep}index.html`) && !inside.endsWith('index.html')) {
      res.writeHead(301, { location: `${path}/` }).end();
      return;
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    if (options.gzip && compressible.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      let body = compressed.get(file);
      if (!body) compressed.set(file, (body = gzipSync(readFileSync(file), { level: 9 })));
      res.writeHead(200, { ...extraHeaders(path), 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding', 'content-length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(200, { ...extraHeaders(path), 'content-type': type });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}
