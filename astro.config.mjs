// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { defaultLocale, locales } from './src/i18n/locales.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';

/** Public address of the site, used for canonical and hreflang links. */
const site = process.env.SITE_URL || 'https://konsultkompetenser.example';

/**
 * Sub-path the site is served from, e.g. "/konsultkompetenser/" on a project page host.
 * "kompetenser", "/kompetenser" and "/kompetenser//" all mean "/kompetenser/".
 */
const trimmedBase = (process.env.BASE_PATH || '').replace(/^\/+|\/+$/g, '');
const base = trimmedBase === '' ? '/' : `/${trimmedBase}/`;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Scripts and styles always as files under _astro/, never inline, so a strict
  // Content-Security-Policy (script-src 'self'; style-src 'self') needs no hashes.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  i18n: {
    locales: [...locales],
    defaultLocale,
    routing: { prefixDefaultLocale: false },
  },
  integrations: [mdx(), pagefindIntegration({ languages: locales })],
  devToolbar: { enabled: false },
});
