import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../helpers/static-server';

const dir = mkdtempSync(join(tmpdir(), 'static-server-'));
mkdirSync(join(dir, 'a'));
const html = '<!doctype html><title>x</title>'.repeat(50);
writeFileSync(join(dir, 'a', 'index.html'), html);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('static server', () => {
  it('serves directories under the base path, redirects a missing slash and sends 404 otherwise', async () => {
    const server = await serveStatic(dir, '/sub/');
    try {
      const page = await get(`${server.url}a/`);
      expect([page.status, page.body.toString()]).toEqual([200, html]);
      expect(page.headers['content-encoding']).toBeUndefined();
      const redirect = await get(`${server.url}a`);
      expect([redirect.status, redirect.headers['location']]).toEqual([301, '/sub/a/']);
      expect((await get(`${server.url}b/`)).status).toBe(404);
      expect((await get(server.url.replace('/sub/', '/a/'))).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('compresses text with gzip when asked to and the client accepts it', async () => {
    const server = await serveStatic(dir, '/', undefined, { gzip: true });
    try {
      const zipped = await get(`${server.url}a/`, { 'accept-encoding': 'gzip, br' });
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(zipped.body.length).toBeLessThan(html.length / 5);
      expect(gunzipSync(zipped.body).toString()).toBe(html);
      const plain = await get(`${server.url}a/`);
      expect([plain.headers['content-encoding'], plain.body.toString()]).toEqual([undefined, html]);
    } finally {
      await server.close();
    }
  });
});
