import { format, t, type Locale, type Messages } from '../i18n';
import type { Level } from '../schemas/role';
import { comparisonWith, type Comparison } from './change-summary';
import type { RoleTitles } from './criterion-words';
import { pairSlug } from './routes';

/**
 * Comparison pages: one for every pair of levels of a role, lower level first (their address
 * is `routes.comparison`).
 */

export interface LevelPair<L extends Pick<Level, 'level'>> {
  from: L;
  to: L;
  /** "1-2" */
  slug: string;
}

/**
 * Every pair of a role's levels, lower level first. Neighbouring levels come before wider steps
 * (1-2, 2-3, then 1-3), the order in which readers climb. None for a role with one level.
 */
export function levelPairs<L extends Pick<Level, 'level'>>(levels: readonly L[]): Array<LevelPair<L>> {
  const sorted = [...levels].sort((a, b) => a.level - b.level);
  return sorted
    .flatMap((from, index) => sorted.slice(index + 1).map((to) => ({ from, to, slug: pairSlug(from.level, to.level) })))
    .sort((a, b) => a.to.level - a.from.level - (b.to.level - b.from.level) || a.from.level - b.from.level);
}

/** The pairs a level takes part in, for the links on its page. */
export function pairsWith<L extends Pick<Level, 'level'>>(levels: readonly L[], level: number): Array<LevelPair<L>> {
  return levelPairs(levels).filter((pair) => pair.from.level === level || pair.to.level === level);
}

/** "Vad ändras på nivå 2?" for neighbouring levels, "Vad ändras från nivå 1 till nivå 3?" otherwise. */
export function comparisonLinkText(m: Messages, from: number, to: number): string {
  return format(to === from + 1 ? m.compareNext : m.compareRange, { from, to });
}

export { foldUnchanged, type Comparison, type Run, type SummaryLine } from './change-summary';

/** Everything a comparison page shows, in the page's language (see comparisonWith). */
export function comparison(from: Level, to: Level, lang: Locale, titles: RoleTitles): Comparison {
  return comparisonWith(from, to, t(lang), lang, titles);
}
