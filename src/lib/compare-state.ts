/**
 * The state of the compare page (/jamfor/), kept in its address:
 * `?a=kontorstjanster/assistent/2&b=kontorstjanster/administrator/1`. Used by the page's script;
 * pure, so it can be tested without a browser.
 */

export interface CompareState {
  /** Level ids that exist, or undefined when not given or not known. */
  readonly a: string | undefined;
  readonly b: string | undefined;
  /** Values that were given but name no level, shortened for display, in the order a, b. */
  readonly unknown: string[];
}

const MAX_SHOWN = 60;

/** Reads `a` and `b` from a query string; anything that is not a known level id is reported. */
export function parseCompareQuery(search: string, known: ReadonlySet<string>): CompareState {
  const params = new URLSearchParams(search);
  const unknown: string[] = [];
  const read = (name: 'a' | 'b'): string | undefined => {
    const value = params.get(name)?.trim().replace(/^\/+|\/+$/g, '');
    if (value === undefined || value === '') return undefined;
    if (known.has(value)) return value;
    unknown.push(value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value);
    return undefined;
  };
  const a = read('a');
  const b = read('b');
  return { a, b, unknown };
}

/** The query string for a state; level ids are plain slugs and slashes, left readable. */
export function compareQuery(a: string | undefined, b: string | undefined): string {
  const parts: string[] = [];
  if (a) parts.push(`a=${encodeURIComponent(a).replace(/%2F/g, '/')}`);
  if (b) parts.push(`b=${encodeURIComponent(b).replace(/%2F/g, '/')}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}


