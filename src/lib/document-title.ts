/** Search engines show about 70 characters of a page title; html-validate checks the same limit. */
export const maxTitleLength = 70;

/**
 * The <title> of a page: its own title with the site name after it, or on the home page the
 * site name and tagline. The site name is left out when it would make the title too long to be
 * shown whole, so the words that tell pages apart come first and stay visible.
 */
export function documentTitle(title: string | undefined, siteName: string, tagline: string): string {
  if (!title) return `${siteName} – ${tagline}`;
  const full = `${title} – ${siteName}`;
  return full.length <= maxTitleLength ? full : title;
}
