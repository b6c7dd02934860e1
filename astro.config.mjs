// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defaultLocale, locales } from './src/i18n/locales.ts';
import { cspDirectives, scriptSources, styleSources } from './src/lib/csp.ts';

/** Public address of the site, used for canonical and hreflang links. */
const site = process.env.SITE_URL || 'https://konsultkompetenser.example';

/** Sub-path the site is served from, e.g. "/konsultkompetenser/" on a project page host. */
const rawBase = process.env.BASE_PATH || '/';
const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: [...locales],
    defaultLocale,
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    mdx(),
    sitemap({
      i18n: { defaultLocale, locales: Object.fromEntries(locales.map((l) => [l, l])) },
      // Pages only: endpoints such as robots.txt or data files are not pages.
      filter: (url) => url.endsWith('/'),
    }),
  ],
  // No code samples on the site, and Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [...cspDirectives],
      scriptDirective: { resources: [...scriptSources] },
      styleDirective: { resources: [...styleSources] },
    },
  },
  devToolbar: { enabled: false },
});
