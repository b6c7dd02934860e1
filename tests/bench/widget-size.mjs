#!/usr/bin/env node
/**
 * Size of the self-assessment widget as a browser gets it: its JavaScript (the module script and
 * every chunk it imports) plus the criteria data in the page, each gzip-compressed. Prints the
 * larger of the two languages; exits 1 when dist/ is missing.
 *
 *   node tests/bench/widget-size.mjs [dist]
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGET_BYTES = 20_000;
export const WIDGET_PAGES = ['sjalvskattning/index.html', 'en/sjalvskattning/index.html'];

const gz = (text) => gzipSync(text, { level: 9 }).length;

/** The site's path "/_astro/x.js" (under any base) as a file in dist. */
function fileFor(dist, src) {
  const at = src.indexOf('_astro/');
  return at >= 0 ? join(dist, src.slice(at)) : join(dist, src.replace(/^\//, ''));
}

/** A module and every module it imports, by file. */
function moduleFiles(dist, file, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)) {
    moduleFiles(dist, resolve(dirname(file), match[1]), seen);
  }
  return seen;
}

/** The widget's scripts and data on one page, with their compressed sizes. */
export function measurePage(dist, page) {
  const html = readFileSync(join(dist, page), 'utf8');
  const parts = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = match[1] ?? '';
    const src = attrs.match(/\bsrc="([^"]+)"/)?.[1];
    if (/type="application\/json"/.test(attrs)) {
      parts.push({ name: 'criteria data (JSON in the page)', bytes: gz(match[2] ?? '') });
    } else if (src) {
      for (const file of moduleFiles(dist, fileFor(dist, src))) {
        parts.push({ name: file.slice(dist.length + 1), bytes: gz(readFileSync(file)) });
      }
    } else if ((match[2] ?? '').trim() !== '') {
      parts.push({ name: 'inline script', bytes: gz(match[2]) });
    }
  }
  return { page, parts, total: parts.reduce((sum, part) => sum + part.bytes, 0) };
}

export function measureWidget(dist) {
  const pages = WIDGET_PAGES.map((page) => measurePage(dist, page));
  return { pages, largest: Math.max(...pages.map((p) => p.total)) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist'));
  if (!WIDGET_PAGES.every((page) => existsSync(join(dist, page)))) {
    console.error(`No self-assessment pages in ${dist}: run \`npm run build\` first.`);
    process.exit(1);
  }
  const { pages, largest } = measureWidget(dist);
  for (const { page, parts, total } of pages) {
    console.log(`${page}: ${total} bytes gzip`);
    for (const part of parts) console.log(`  ${part.bytes.toString().padStart(6)}  ${part.name}`);
  }
  console.log(`widget size: ${largest} bytes gzip (${(largest / 1024).toFixed(1)} KiB); budget ${BUDGET_BYTES} bytes`);
}
