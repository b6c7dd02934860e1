import { normaliseBase } from './base-path.ts';

/**
 * robots.txt: every page may be crawled, and the sitemap index (written by @astrojs/sitemap
 * as sitemap-index.xml at the base path) is given as an absolute address, as the format asks.
 */
export function sitemapUrl(site: string | URL, base: string): string {
  return new URL(`${normaliseBase(base)}sitemap-index.xml`, site).href;
}

export function robotsTxt(site: string | URL, base: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemapUrl(site, base)}`, ''].join('\n');
}
