/**
 * Facts behind the accessibility statement that are not interface text: its dates, where
 * problems are reported, and the supervising authority's address.
 */

/** Update these when the site is assessed again or the statement changes (ISO dates). */
export const statementDates = {
  assessed: '2026-11-28',
  updated: '2026-11-28',
} as const;

/** The address of Myndigheten för digital förvaltning (Digg), the supervising authority. */
export const enforcementUrl = 'https://www.digg.se/';

/**
 * Known failures to meet the law (dictionary keys of their descriptions, under "Bristande
 * förenlighet med lagkraven"). Add one when a gap is found; remove it when it is fixed.
 */
export const knownNonCompliance = ['a11yLawGapManualReview'] as const;

export type Conformance = 'full' | 'partial';

/**
 * The conformance status the statement declares, from its own list of gaps: partial while any
 * is listed, full only when none is. The statement can then never contradict itself.
 */
export function conformanceStatus(gaps: ReadonlyArray<unknown>): Conformance {
  return gaps.length > 0 ? 'partial' : 'full';
}

/**
 * The issue tracker from package.json's `bugs` field (a URL string or `{ url }`), when the
 * project has one; the statement then links it instead of describing the repository in words.
 */
export function issueTrackerUrl(pkg: object): string | undefined {
  const bugs: unknown = 'bugs' in pkg ? pkg.bugs : undefined;
  const url = typeof bugs === 'string' ? bugs : typeof bugs === 'object' && bugs !== null && 'url' in bugs ? bugs.url : undefined;
  if (typeof url !== 'string') return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
