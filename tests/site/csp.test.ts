/**
 * Every page carries one strict Content-Security-Policy in a meta tag, ahead of any script or
 * stylesheet it governs: nothing inline runs unless hashed, nothing loads from another host, and
 * Pagefind's WebAssembly and worker are allowed. tests/browser/every-page.test.ts shows the
 * pages work under it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/lib/hosting-headers';
import { listFiles, tags } from '../helpers/html';
import { dist, root } from '../helpers/paths';

const files = listFiles(dist).filter((f) => f.endsWith('.html'));

function parsePolicy(text: string): Map<string, string[]> {
  return new Map(
    text
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

function policy(html: string): Map<string, string[]> {
  const metas = tags(html, 'meta').filter((m) => m['http-equiv']?.toLowerCase() === 'content-security-policy');
  if (metas.length !== 1) throw new Error(`expected one CSP meta tag, found ${metas.length}`);
  return parsePolicy(metas[0]!['content']!);
}

/** A policy as sorted "directive sources" lines, without hashes. */
const withoutHashes = (p: Map<string, string[]>) =>
  [...p].map(([name, values]) => [name, ...values.filter((v) => !/^'sha(256|384|512)-/.test(v))].join(' ')).sort();

describe('Content-Security-Policy', () => {
  it('has pages to check', () => expect(files.length).toBeGreaterThan(4));

  it('the meta policy is the one public/_headers sends, which adds only frame-ancestors', () => {
    const rules = parseHeadersFile(readFileSync(join(root, 'public', '_headers'), 'utf8'));
    const header = parsePolicy(headersFor(rules, '/')['Content-Security-Policy'] ?? '');
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    header.delete('frame-ancestors');
    const meta = policy(readFileSync(join(dist, 'index.html'), 'utf8'));
    expect(withoutHashes(meta)).toEqual(withoutHashes(header));
  });

  for (const file of files) {
    it(file, () => {
      const html = readFileSync(join(dist, file), 'utf8');
      const csp = policy(html);
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('base-uri')).toEqual(["'self'"]);
      expect(csp.get('form-action')).toEqual(["'self'"]);
      expect(csp.get('worker-src')).toEqual(["'self'"]);
      expect(csp.get('script-src')).toContain("'wasm-unsafe-eval'");
      for (const [name, values] of csp) {
        expect(values, name).not.toContain("'unsafe-inline'");
        expect(values, name).not.toContain("'unsafe-eval'");
        expect(values.filter((v) => !/^'(self|none|wasm-unsafe-eval|sha(256|384|512)-[A-Za-z0-9+/=]+)'$/.test(v)), `${name}: only 'self', 'none' and hashes`).toEqual([]);
      }
      // A meta policy only governs what comes after it.
      const head = html.slice(0, html.indexOf('</head>'));
      const at = head.search(/<meta http-equiv="content-security-policy"/i);
      // Data blocks such as JSON-LD are not run, so the policy does not govern them.
      const firstGoverned = head.search(/<(script(?![^>]*type="application\/(ld\+)?json")|style|link[^>]*rel="(stylesheet|modulepreload|preload)")/i);
      expect(at).toBeGreaterThan(-1);
      if (firstGoverned !== -1) expect(at).toBeLessThan(firstGoverned);
    });
  }
});
