/**
 * Pages that only forward a reader to another address: a role with a single level has one page,
 * its level page, and the role's own address forwards there. On a static host that is an HTML
 * page with `<meta http-equiv="refresh">` and a link, kept out of the sitemap and the search
 * index.
 */

/** The path an HTML page forwards to at once, or undefined when it is a page to read. */
export function forwardingTarget(html: string): string | undefined {
  for (const match of html.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = match[0];
    if (!/\bhttp-equiv\s*=\s*["']?refresh["']?/i.test(tag)) continue;
    const content = tag.match(/\bcontent\s*=\s*"([^"]*)"|\bcontent\s*=\s*'([^']*)'/i);
    const value = content?.[1] ?? content?.[2] ?? '';
    const url = value.match(/^\s*0\s*[;,]\s*url\s*=\s*(.+?)\s*$/i)?.[1];
    if (url) return url.replace(/^(['"])(.*)\1$/, '$2');
  }
  return undefined;
}

/** The value of a refresh that forwards at once: "0; url=/kontorstjanster/arkivarie/1/". */
export function refreshContent(to: string): string {
  return `0; url=${to}`;
}
