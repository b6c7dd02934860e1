/**
 * What a static host needs: the _headers file in the build, pages that a strict
 * Content-Security-Policy allows (no inline script, style or event handler), and the
 * base-path build made the way the README tells.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { steps } from '../../tools/test-all.mjs';
import { baseBuild, testBase } from '../helpers/base-build';
import { listFiles, readHtml, tags } from '../helpers/html';
import { dist, root } from '../helpers/paths';

const builds = () => [dist, baseBuild().dir];

describe('hosting', () => {
  it('both builds ship public/_headers as it is', () => {
    const source = readFileSync(join(root, 'public', '_headers'), 'utf8');
    for (const dir of builds()) expect(readFileSync(join(dir, '_headers'), 'utf8'), dir).toBe(source);
  });

  it('no page has inline script, inline style or an event-handler attribute', () => {
    const problems: string[] = [];
    for (const dir of builds()) {
      for (const file of listFiles(dir).filter((f) => f.endsWith('.html'))) {
        const html = readHtml(dir, file);
        for (const script of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
          const attrs = tags(`<script${script[1]}>`, 'script')[0]!;
          const data = attrs['type'] === 'application/json' || attrs['type'] === 'application/ld+json';
          if (!attrs['src'] && !data) problems.push(`${file}: inline script`);
          if (attrs['src'] && script[2]!.trim() !== '') problems.push(`${file}: script with both src and content`);
        }
        if (/<style\b/.test(html)) problems.push(`${file}: <style> element`);
        if (/<[a-z][^>]*\sstyle=/i.test(html)) problems.push(`${file}: style attribute`);
        if (/<[a-z][^>]*\son[a-z]+=/i.test(html)) problems.push(`${file}: event-handler attribute`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('npm run build:base builds for the base path the tests expect', () => {
    const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(scripts['build:base']).toBe(`BASE_PATH=${testBase} astro build --outDir dist-base`);
    expect(scripts['test']).toMatch(/npm run test:all\b/);
    expect(scripts['test:all']).toBe('node tools/test-all.mjs');
    expect(steps().builds).toContainEqual(['npm', 'run', 'build:base']);
    expect(readHtml(baseBuild().dir, 'index.html')).toContain(`href="${testBase}en/"`);
  });
});
