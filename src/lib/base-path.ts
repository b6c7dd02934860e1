/**
 * The one base-path normaliser: "kompetenser", "/kompetenser" and "/kompetenser//" all mean
 * "/kompetenser/"; "" and "/" mean "/". Free of imports, so astro.config.mjs and plain Node
 * scripts can use it too.
 */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
