// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { defaultLocale, locales } from './src/i18n/locales.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';

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
  integrations: [mdx(), pagefindIntegration({ languages: locales })],
  devToolbar: { enabled: false },
});
