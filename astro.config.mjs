// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defaultLocale, locales } from './src/i18n/locales.ts';
import { cspDirectives, scriptSources, styleSources } from './src/lib/csp.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { forwardingPages } from './src/integrations/forwarding-pages.ts';
import { buildSiteUrl } from './src/lib/site/deployment.ts';
import { loadSiteIdentity } from './src/lib/site/identity.ts';
import { normaliseBase } from './src/lib/base-path.ts';

/**
 * Public address of the site (SITE_URL), used for canonical and hreflang links. Without it the
 * build is a local preview: Astro gets a placeholder that no reader sees.
 */
const site = buildSiteUrl();

// Stop at once, naming the file and the field, when SITE_URL is set and the site configuration
// (content/site.yaml) does not say who runs the site and how to reach them.
loadSiteIdentity();

/** Sub-path the site is served from, e.g. "/konsultkompetenser/" on a project page host. */
const base = normaliseBase(process.env.BASE_PATH || '');

/** Pages that only forward to another address (a single-level role's), kept out of the sitemap. */
const forwarding = forwardingPages();

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
  integrations: [
    mdx(),
    pagefindIntegration({ languages: locales }),
    forwarding.integration,
    sitemap({
      i18n: { defaultLocale, locales: Object.fromEntries(locales.map((l) => [l, l])) },
      // Pages only: endpoints such as robots.txt or data files are not pages, and neither is an
      // address that forwards to another page.
      filter: (url) => url.endsWith('/') && !forwarding.forwards(url),
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
