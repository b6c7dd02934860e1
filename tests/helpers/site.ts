/**
 * The built site as data: every HTML page in dist/ with its URL, language and every reference it
 * makes (links, stylesheets, scripts, images, form actions), each with the language of the
 * element it sits in. Parsed with parse5, as a browser would.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { forwardingTarget } from '../../src/lib/site/forwarding';
import { listFiles } from './html';
import { basePath, dist as defaultDist } from './paths';
import { resolveFile } from './static-server';

type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.Node;

export const siteUrl = new URL(process.env['SITE_URL'] || 'https://konsultkompetenser.example');

export interface Reference {
  /** The element and attribute it comes from, e.g. "a[href]". */
  readonly source: string;
  readonly value: string;
  readonly rel: string | undefined;
  readonly hreflang: string | undefined;
  /** The language of the element, from the nearest `lang` attribute. */
  readonly lang: string;
}

export interface SitePage {
  /** Path of the file inside dist, e.g. "en/kontorstjanster/index.html". */
  readonly file: string;
  /** Its URL path with the base path, e.g. "/en/kontorstjanster/". */
  readonly path: string;
  /** Its language, from `<html lang>`. */
  readonly lang: string;
  readonly references: readonly Reference[];
  readonly ids: ReadonlySet<string>;
  /**
   * Where the page forwards at once (meta refresh), when it only stands for another page: a
   * single-level role's address, whose one page is its level page. Not a page to read.
   */
  readonly forwardsTo: string | undefined;
}

/** The attributes that point at another resource, per element. */
const urlAttributes: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  button: ['formaction'],
  input: ['formaction', 'src'],
  use: ['href', 'xlink:href'],
};

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

function walk(node: Node, lang: string, visit: (el: Element, lang: string) => void): void {
  if (!('childNodes' in node)) return;
  const own = 'tagName' in node ? attr(node, 'lang') : undefined;
  const here = own ?? lang;
  if ('tagName' in node) visit(node, here);
  const children = 'content' in node && node.nodeName === 'template' ? node.content.childNodes : node.childNodes;
  for (const child of children) walk(child, here, visit);
}

/** The URL path of a page file: "en/kontorstjanster/index.html" -> "/en/kontorstjanster/". */
export function pagePath(file: string, base = basePath()): string {
  return base + file.replace(/(^|\/)index\.html$/, '$1');
}

export function parsePage(file: string, html: string, base = basePath()): SitePage {
  const document = parse(html);
  const references: Reference[] = [];
  const ids = new Set<string>();
  let lang = '';
  walk(document, '', (el, here) => {
    if (el.tagName === 'html') lang = attr(el, 'lang') ?? '';
    const id = attr(el, 'id');
    if (id) ids.add(id);
    const name = attr(el, 'name');
    if (el.tagName === 'a' && name) ids.add(name);
    for (const attribute of urlAttributes[el.tagName] ?? []) {
      const value = attr(el, attribute);
      if (value === undefined) continue;
      const values = attribute === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
      for (const v of values.filter((x) => x !== '')) {
        references.push({ source: `${el.tagName}[${attribute}]`, value: v, rel: attr(el, 'rel'), hreflang: attr(el, 'hreflang'), lang: here });
      }
    }
  });
  return { file, path: pagePath(file, base), lang, references, ids, forwardsTo: forwardingTarget(html) };
}

/** Every HTML page in dist, parsed. */
export function loadSite(dir = defaultDist, base = basePath()): SitePage[] {
  if (!existsSync(dir)) return [];
  return listFiles(dir)
    .filter((f) => f.endsWith('.html'))
    .map((file) => parsePage(file, readFileSync(join(dir, file), 'utf8'), base));
}

export type Target =
  | { readonly kind: 'external'; readonly url: URL }
  | { readonly kind: 'other-scheme'; readonly url: URL }
  | { readonly kind: 'internal'; readonly url: URL; readonly file: string | undefined };

/** Where a reference on a page leads: another host, or a file in dist (undefined when missing). */
export function resolveReference(fromPath: string, ref: string, dir = defaultDist, base = basePath()): Target {
  const url = new URL(ref, new URL(fromPath, siteUrl));
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'other-scheme', url };
  if (url.origin !== siteUrl.origin) return { kind: 'external', url };
  if (!url.pathname.startsWith(base)) return { kind: 'internal', url, file: undefined };
  const found = resolveFile(dir, `/${url.pathname.slice(base.length)}`);
  return { kind: 'internal', url, file: found === undefined ? undefined : found.slice(dir.length + 1).split('\\').join('/') };
}

/** The page's language switch: the link whose hreflang names the other language. */
export function isLanguageSwitch(ref: Reference, pageLang: string): boolean {
  return ref.source === 'a[href]' && ref.hreflang !== undefined && ref.hreflang !== pageLang && ref.lang === ref.hreflang;
}

/** An hreflang alternate in the head. */
export function isAlternate(ref: Reference): boolean {
  return ref.source === 'link[href]' && ref.rel === 'alternate' && ref.hreflang !== undefined;
}
