/**
 * Where this build will be published, from the environment: SITE_URL (the public address) and
 * SITE_CONFIG (the site configuration file, content/site.yaml unless set). Read here only, so
 * astro.config.mjs, the pages and the tests agree.
 */

/**
 * Astro needs some address for canonical links and the sitemap even in a local preview; this
 * one is used then and never shown to a reader (see publicUrl). A test fails if it is in any
 * file of a build with SITE_URL set.
 */
export const placeholderSiteUrl = 'https://konsultkompetenser.example';

export const defaultSiteConfigFile = 'content/site.yaml';

type Env = Readonly<Record<string, string | undefined>>;

/** The public address from SITE_URL, or undefined for a local preview build. */
export function publicSiteUrl(env: Env = process.env): string | undefined {
  const value = env['SITE_URL']?.trim();
  return value ? value : undefined;
}

/** The address Astro builds with: SITE_URL, or the placeholder in a preview. */
export function buildSiteUrl(env: Env = process.env): string {
  return publicSiteUrl(env) ?? placeholderSiteUrl;
}

/** The site configuration file, relative to the project folder. */
export function siteConfigFile(env: Env = process.env): string {
  return env['SITE_CONFIG']?.trim() || defaultSiteConfigFile;
}

/**
 * A page's full address for readers (copied text, print footer, JSON-LD), or undefined when the
 * build has no SITE_URL: then the address is left out rather than invented.
 */
export function publicUrl(path: string, env: Env = process.env): string | undefined {
  const site = publicSiteUrl(env);
  return site ? new URL(path, site).href : undefined;
}
