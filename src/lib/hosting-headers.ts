import { normaliseBase } from './base-path.ts';

/**
 * The HTTP headers the site wants from its host. They are written once, in public/_headers,
 * the format Netlify and Cloudflare Pages read. This module reads that format, says which
 * headers a path gets, moves the rules under a base path, and writes the same rules as an
 * nginx snippet, so other servers get exactly the same values.
 */

export interface HeaderRule {
  /** A URL path, "/*" style: a trailing "*" matches anything after it. */
  readonly path: string;
  readonly headers: ReadonlyArray<readonly [name: string, value: string]>;
}

export class HeadersFileError extends Error {
  constructor(line: number, message: string) {
    super(`_headers line ${line}: ${message}`);
    this.name = 'HeadersFileError';
  }
}

/**
 * Reads a _headers file: a path on a line of its own, then its headers indented as
 * "Name: value". Lines starting with "#" are comments.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: Array<{ path: string; headers: Array<[string, string]> }> = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.trim().startsWith('#')) return;
    if (!/^\s/.test(raw)) {
      const path = raw.trim();
      if (!path.startsWith('/') || /\s/.test(path)) throw new HeadersFileError(line, `expected a path starting with "/", found "${path}"`);
      rules.push({ path, headers: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new HeadersFileError(line, 'expected a path before the first header');
    const match = raw.trim().match(/^([A-Za-z0-9-]+):\s*(.+)$/);
    if (!match) throw new HeadersFileError(line, `expected "Name: value", found "${raw.trim()}"`);
    rule.headers.push([match[1]!, match[2]!.trim()]);
  });
  for (const rule of rules) {
    if (rule.headers.length === 0) throw new Error(`_headers: the path ${rule.path} has no headers`);
  }
  return rules;
}

/** Whether a rule's path matches a URL path. */
export function pathMatches(pattern: string, urlPath: string): boolean {
  return pattern.endsWith('*') ? urlPath.startsWith(pattern.slice(0, -1)) : urlPath === pattern;
}

/** The headers a URL path gets: every matching rule's, later rules overriding earlier ones. */
export function headersFor(rules: ReadonlyArray<HeaderRule>, urlPath: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rules) {
    if (!pathMatches(rule.path, urlPath)) continue;
    for (const [name, value] of rule.headers) result[name] = value;
  }
  return result;
}

/** The rules for a site served under `base` ("/sub/"): "/_astro/*" becomes "/sub/_astro/*". */
export function rebase(rules: ReadonlyArray<HeaderRule>, base: string): HeaderRule[] {
  const prefix = normaliseBase(base).slice(0, -1);
  return rules.map((rule) => ({ path: prefix + rule.path, headers: rule.headers }));
}

/**
 * The rules as nginx location blocks. nginx drops a server's add_header lines in any location
 * that has its own, so every block repeats all the headers that apply to it.
 */
export function nginxSnippet(rules: ReadonlyArray<HeaderRule>, base = '/'): string {
  const rebased = rebase(rules, base);
  const blocks = rebased.map((rule) => {
    const location = rule.path.endsWith('*') ? `location ${rule.path.slice(0, -1)}` : `location = ${rule.path}`;
    const probe = rule.path.endsWith('*') ? rule.path.slice(0, -1) : rule.path;
    const lines = Object.entries(headersFor(rebased, probe)).map(([name, value]) => {
      if (value.includes('"')) throw new Error(`Header ${name} has a double quote, which this snippet cannot quote`);
      return `    add_header ${name} "${value}" always;`;
    });
    return `${location} {\n${lines.join('\n')}\n}`;
  });
  return `${blocks.join('\n\n')}\n`;
}

const readmeBlock = /(<!-- nginx-headers:begin[^\n]*-->\n```nginx\n)[\s\S]*?(```\n<!-- nginx-headers:end -->)/;

/** The nginx block that the README shows, as it stands there, or undefined if it has none. */
export function readmeNginxBlock(readme: string): string | undefined {
  const match = readme.match(readmeBlock);
  return match ? match[0].replace(match[1]!, '').replace(match[2]!, '') : undefined;
}

/** The README with its nginx block remade from public/_headers. */
export function withNginxBlock(readme: string, headersFileText: string): string {
  if (!readmeBlock.test(readme)) throw new Error('README.md has no nginx-headers:begin/end block');
  return readme.replace(readmeBlock, (_, begin: string, end: string) => `${begin}${nginxSnippet(parseHeadersFile(headersFileText))}${end}`);
}
