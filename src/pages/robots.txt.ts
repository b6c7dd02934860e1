import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/robots';

// An endpoint rather than a file in public/, so the sitemap address follows SITE_URL and BASE_PATH.
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('astro.config.mjs must set `site` for the sitemap address in robots.txt');
  return new Response(robotsTxt(site, import.meta.env.BASE_URL), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
