/**
 * This build's site identity, read once from the configuration file (SITE_CONFIG, or
 * content/site.yaml) with SITE_URL from the environment.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { publicSiteUrl, siteConfigFile } from './deployment';
import { readSiteConfig, type SiteIdentity } from './site-config';

let cached: SiteIdentity | undefined;

export function loadSiteIdentity(env: Readonly<Record<string, string | undefined>> = process.env): SiteIdentity {
  const file = siteConfigFile(env);
  let text: string;
  try {
    text = readFileSync(resolve(file), 'utf8');
  } catch {
    text = '';
  }
  return readSiteConfig(file, text, publicSiteUrl(env));
}

/** The identity for the pages of this build (read once). */
export function siteIdentity(): SiteIdentity {
  cached ??= loadSiteIdentity();
  return cached;
}
