import { describe, expect, it } from 'vitest';
import { robotsTxt, sitemapUrl } from '../../src/lib/robots';

describe('robots.txt', () => {
  it('names the sitemap index under the site address and base path', () => {
    expect(sitemapUrl('https://example.org', '/')).toBe('https://example.org/sitemap-index.xml');
    expect(sitemapUrl('https://example.org/', '/sub/')).toBe('https://example.org/sub/sitemap-index.xml');
    expect(sitemapUrl('https://example.org', 'sub')).toBe('https://example.org/sub/sitemap-index.xml');
    expect(sitemapUrl(new URL('https://example.org/ignored/path'), '/a/b/')).toBe('https://example.org/a/b/sitemap-index.xml');
  });

  it('allows every crawler and ends with a newline', () => {
    const text = robotsTxt('https://example.org', '/');
    expect(text.split('\n')).toEqual(['User-agent: *', 'Allow: /', '', 'Sitemap: https://example.org/sitemap-index.xml', '']);
  });
});
