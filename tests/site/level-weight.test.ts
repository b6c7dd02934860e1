/**
 * A level page's first view (its HTML and every stylesheet and script it loads) stays under
 * 20 KB gzip-compressed, "Copy requirements" and structured data included.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { listFiles, tags } from '../helpers/html';
import { basePath, dist } from '../helpers/paths';

function firstViewBytes(file: string): { total: number; parts: string[] } {
  const html = readFileSync(join(dist, file), 'utf8');
  const assets = [
    ...tags(html, 'link').filter((l) => l['rel'] === 'stylesheet').map((l) => l['href']!),
    ...tags(html, 'script').filter((s) => s['src']).map((s) => s['src']!),
  ];
  const parts = [`${file}: ${gzipSync(html).length}`];
  let total = gzipSync(html).length;
  for (const href of assets) {
    const path = join(dist, href.slice(basePath().length));
    expect(existsSync(path), href).toBe(true);
    const size = gzipSync(readFileSync(path)).length;
    parts.push(`${href}: ${size}`);
    total += size;
  }
  return { total, parts };
}

describe('level page weight', () => {
  it('every level page, in both languages, is under 20 KB compressed', () => {
    const levelPages = existsSync(dist) ? listFiles(dist).filter((f) => /^(en\/)?[a-z0-9-]+\/[a-z0-9-]+\/\d+\/index\.html$/.test(f)) : [];
    expect(levelPages).toHaveLength(50);
    for (const file of levelPages) {
      const { total, parts } = firstViewBytes(file);
      expect(total, parts.join(', ')).toBeLessThan(20 * 1024);
      // The copy script ships with the page: a bundled module, not an inline handler.
      const html = readFileSync(join(dist, file), 'utf8');
      expect(html).toMatch(/<script type="module"/);
      expect(html).not.toMatch(/\son(click|load)=/i);
    }
  });
});
