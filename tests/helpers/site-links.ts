import { forwardingTarget } from '../../src/lib/site/forwarding';
import { listFiles, ids, readHtml, tags } from './html';
import { resolveFile } from './static-server';

/**
 * Link checks for a built site in a folder, served under a base path: used for dist/ and for
 * the base-path build in dist-base/. Each check returns its problems, one line each.
 */

export interface BuiltSite {
  /** The folder it was built into. */
  readonly dir: string;
  /** The path it is served under, "/" or "/sub/". */
  readonly base: string;
  /** Its public address (SITE_URL), origin only. */
  readonly site: URL;
}

export const defaultSite = (): URL => new URL(process.env['SITE_URL'] || 'https://konsultkompetenser.example');

export function htmlFiles(build: BuiltSite): string[] {
  return listFiles(build.dir).filter((f) => f.endsWith('.html'));
}

/** The URL path of a page file: "en/kontorstjanster/index.html" -> "/en/kontorstjanster/". */
export function pagePath(build: BuiltSite, file: string): string {
  return build.base + file.replace(/index\.html$/, '');
}

/** The file a reference points at (undefined when missing or outside the base path), or 'external'. */
export function target(build: BuiltSite, from: string, href: string): { file?: string | undefined; hash: string } | 'external' {
  const url = new URL(href, new URL(pagePath(build, from), build.site));
  if (url.origin !== build.site.origin) return 'external';
  if (!url.pathname.startsWith(build.base)) return { hash: url.hash };
  return { file: resolveFile(build.dir, `/${url.pathname.slice(build.base.length)}`), hash: url.hash };
}

const relative = (build: BuiltSite, file: string) => file.slice(build.dir.length + 1);

/** The addresses in a srcset attribute: "a.png 1x, b.png 2x" gives a.png and b.png. */
function srcset(value: string | undefined): string[] {
  return (value ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '').filter((url) => url !== '');
}

/** Internal hrefs and srcs that point at no file, outside the base path, or at a missing id. */
export function brokenReferences(build: BuiltSite): string[] {
  const broken: string[] = [];
  for (const file of htmlFiles(build)) {
    const html = readHtml(build.dir, file);
    const refs = [
      ...tags(html, 'a').map((a) => a['href']),
      ...tags(html, 'link').map((l) => l['href']),
      ...tags(html, 'script').map((s) => s['src']),
      ...tags(html, 'img').map((i) => i['src']),
      ...tags(html, 'form').map((f) => f['action']),
      ...['img', 'source'].flatMap((name) => tags(html, name).flatMap((el) => srcset(el['srcset']))),
      ...['source', 'video', 'audio', 'track', 'iframe', 'embed'].flatMap((name) => tags(html, name).map((el) => el['src'])),
      ...tags(html, 'video').map((v) => v['poster']),
      ...tags(html, 'area').map((a) => a['href']),
      ...tags(html, 'object').map((o) => o['data']),
      ...['button', 'input'].flatMap((name) => tags(html, name).map((el) => el['formaction'])),
    ].filter((r): r is string => r !== undefined && r !== '');
    for (const ref of refs) {
      if (/^(mailto|tel):/.test(ref)) continue;
      const t = target(build, file, ref);
      if (t === 'external') continue;
      if (!t.file) {
        broken.push(`${file}: ${ref}`);
        continue;
      }
      const id = decodeURIComponent(t.hash.slice(1));
      if (id && !ids(readHtml(build.dir, relative(build, t.file))).has(id)) broken.push(`${file}: ${ref} (no id "${id}")`);
    }
  }
  return broken;
}

/** <link> elements that load something from another host. */
export function externalLinkTags(build: BuiltSite): string[] {
  return htmlFiles(build).flatMap((file) =>
    tags(readHtml(build.dir, file), 'link')
      .map((l) => l['href'])
      .filter((ref): ref is string => Boolean(ref) && target(build, file, ref!) === 'external')
      .map((ref) => `${file}: ${ref}`),
  );
}

/**
 * Every page but the 404 page links to itself and its other-language twin (hreflang and
 * canonical), the twin links back, and the language switch goes to the twin.
 */
export function languageLinkProblems(build: BuiltSite): string[] {
  const problems: string[] = [];
  for (const file of htmlFiles(build).filter((f) => f !== '404.html')) {
    const html = readHtml(build.dir, file);
    // An address that only forwards names its page as canonical and has no alternates of its
    // own (single-level.test.ts checks it); the page it forwards to is checked here.
    if (forwardingTarget(html) !== undefined) continue;
    const lang = html.match(/<html lang="([^"]+)"/)?.[1];
    const alternates = Object.fromEntries(
      tags(html, 'link')
        .filter((l) => l['rel'] === 'alternate' && l['hreflang'])
        .map((l) => [l['hreflang'], l['href']]),
    );
    const keys = Object.keys(alternates).sort().join(' ');
    if (keys !== 'en sv x-default') problems.push(`${file}: hreflang links for "${keys}"`);
    const self = new URL(pagePath(build, file), build.site).href;
    if (alternates[lang!] !== self) problems.push(`${file}: hreflang ${lang} is ${alternates[lang!]}, not ${self}`);
    const canonical = tags(html, 'link').find((l) => l['rel'] === 'canonical')?.['href'];
    if (canonical !== self) problems.push(`${file}: canonical is ${canonical}, not ${self}`);

    const other = lang === 'sv' ? 'en' : 'sv';
    const switchLink = tags(html, 'a').find((a) => a['hreflang'] === other);
    if (switchLink?.['lang'] !== other) problems.push(`${file}: the language switch has no lang="${other}"`);
    if (!switchLink || new URL(switchLink['href']!, build.site).href !== alternates[other]) {
      problems.push(`${file}: the language switch does not go to ${alternates[other]}`);
    }

    const t = alternates[other] ? target(build, file, alternates[other]) : 'external';
    if (t === 'external' || !t.file) {
      problems.push(`${file}: the ${other} page ${alternates[other]} is missing`);
      continue;
    }
    const back = tags(readHtml(build.dir, relative(build, t.file)), 'link').find((l) => l['rel'] === 'alternate' && l['hreflang'] === lang);
    if (back?.['href'] !== self) problems.push(`${relative(build, t.file)}: does not link back to ${self}`);
  }
  return problems;
}

/**
 * Module imports in the built scripts and url() references in the built stylesheets that
 * point at no file: an asset that ignores the base path shows up here.
 */
export function brokenAssetReferences(build: BuiltSite): string[] {
  const broken: string[] = [];
  for (const file of listFiles(build.dir).filter((f) => /\.(js|mjs|css)$/.test(f))) {
    const code = readHtml(build.dir, file);
    const refs = file.endsWith('.css')
      ? [...code.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1]!)
      : [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s*)["']([^"']+)["']/g)].map((m) => m[1]!);
    for (const ref of refs) {
      if (ref.startsWith('data:') || ref.startsWith('#')) continue;
      const t = target(build, file, ref);
      if (t !== 'external' && !t.file) broken.push(`${file}: ${ref}`);
    }
  }
  return broken;
}
