import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  headersFor,
  HeadersFileError,
  readmeNginxBlock,
  nginxSnippet,
  parseHeadersFile,
  pathMatches,
  rebase,
} from '../../src/lib/hosting-headers';
import { root } from '../helpers/paths';

const source = readFileSync(join(root, 'public', '_headers'), 'utf8');
const rules = parseHeadersFile(source);

describe('public/_headers', () => {
  it('sends the security headers with every response', () => {
    const page = headersFor(rules, '/kontorstjanster/administrator/');
    expect(page['X-Content-Type-Options']).toBe('nosniff');
    expect(page['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(page['Permissions-Policy']).toMatch(/camera=\(\)/);
    expect(page['Cache-Control']).toBeUndefined();
  });

  it('has a Content-Security-Policy that allows only the site itself: no inline script or style', () => {
    const csp = headersFor(rules, '/')['Content-Security-Policy']!;
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).not.toContain("'unsafe-inline'");
    expect(directives['style-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
  });

  it('caches hashed assets under /_astro/ for a year, immutable, with the security headers too', () => {
    const asset = headersFor(rules, '/_astro/Base.DCgVgkNC.css');
    expect(asset['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(asset['X-Content-Type-Options']).toBe('nosniff');
  });

  it("the README's nginx block is made from it and up to date (npm run headers)", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readmeNginxBlock(readme)).toBe(nginxSnippet(parseHeadersFile(source)));
  });
});

describe('parseHeadersFile', () => {
  it('reads paths, indented headers and comments', () => {
    expect(parseHeadersFile('# note\n/*\n  A: 1\n  B: x: y\n\n/a/*\n  C: 2\n')).toEqual([
      { path: '/*', headers: [['A', '1'], ['B', 'x: y']] },
      { path: '/a/*', headers: [['C', '2']] },
    ]);
  });

  it('says which line is wrong', () => {
    expect(() => parseHeadersFile('  A: 1\n')).toThrow(new HeadersFileError(1, 'expected a path before the first header'));
    expect(() => parseHeadersFile('/*\n  not a header\n')).toThrow(/line 2: expected "Name: value"/);
    expect(() => parseHeadersFile('*.css\n  A: 1\n')).toThrow(/line 1: expected a path starting with "\/"/);
    expect(() => parseHeadersFile('/*\n/a\n  A: 1\n')).toThrow(/the path \/\* has no headers/);
  });
});

describe('paths and base paths', () => {
  it('matches a trailing * as a prefix and other paths exactly', () => {
    expect(pathMatches('/_astro/*', '/_astro/x.js')).toBe(true);
    expect(pathMatches('/_astro/*', '/en/_astro/x.js')).toBe(false);
    expect(pathMatches('/404.html', '/404.html')).toBe(true);
    expect(pathMatches('/404.html', '/404.htm')).toBe(false);
  });

  it('moves rules under a base path, and leaves them at the root for "/"', () => {
    expect(rebase(rules, '/kompetenser/').map((r) => r.path)).toEqual(['/kompetenser/*', '/kompetenser/_astro/*']);
    expect(rebase(rules, 'kompetenser').map((r) => r.path)).toEqual(['/kompetenser/*', '/kompetenser/_astro/*']);
    expect(rebase(rules, '/').map((r) => r.path)).toEqual(['/*', '/_astro/*']);
    const moved = rebase(rules, '/kompetenser/');
    expect(headersFor(moved, '/kompetenser/_astro/a.js')['Cache-Control']).toMatch(/immutable/);
    expect(headersFor(moved, '/_astro/a.js')).toEqual({});
  });
});

describe('nginxSnippet', () => {
  it('repeats every header in each location, since nginx does not inherit add_header into one that has its own', () => {
    const snippet = nginxSnippet(rules, '/kompetenser/');
    const blocks = snippet.split('\n\n');
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toMatch(/^location \/kompetenser\/ \{/);
    expect(blocks[1]).toMatch(/^location \/kompetenser\/_astro\/ \{/);
    const csp = headersFor(rules, '/')['Content-Security-Policy'];
    for (const block of blocks) expect(block).toContain(`add_header Content-Security-Policy "${csp}" always;`);
    expect(blocks[1]).toContain('add_header Cache-Control "public, max-age=31536000, immutable" always;');
    expect(blocks[0]).not.toContain('Cache-Control');
  });

  it('uses an exact location for a path without *, and refuses a value it cannot quote', () => {
    expect(nginxSnippet([{ path: '/404.html', headers: [['A', '1']] }])).toBe('location = /404.html {\n    add_header A "1" always;\n}\n');
    expect(() => nginxSnippet([{ path: '/*', headers: [['A', 'say "hi"']] }])).toThrow(/double quote/);
  });
});
