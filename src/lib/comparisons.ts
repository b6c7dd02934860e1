import { format, type Locale, type Messages } from '../i18n';
import type { Level, Requirement } from '../schemas/role';
import type { LocalizedText } from '../schemas/text';
import { describeAspects, describeChange, type ChangeInWords, type RoleTitles } from './criterion-words';
import { compareLevels, countChanges, type ChangeCounts, type ItemChange } from './level-diff';
import { aspectsOf, requirementChanges, sameCriterion } from './requirement-changes';
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

/** A stretch of the merged list: one change, or several unchanged items in a row (shown folded). */
export type Run<T extends LocalizedText> =
  | Exclude<ItemChange<T>, { kind: 'same' }>
  | { kind: 'unchanged'; items: T[] };

/** Folds unchanged items that stand next to each other into one run, keeping the order. */
export function foldUnchanged<T extends LocalizedText>(changes: ReadonlyArray<ItemChange<T>>): Array<Run<T>> {
  const runs: Array<Run<T>> = [];
  for (const change of changes) {
    if (change.kind !== 'same') {
      runs.push(change);
      continue;
    }
    const last = runs.at(-1);
    if (last?.kind === 'unchanged') last.items.push(change.to);
    else runs.push({ kind: 'unchanged', items: [change.to] });
  }
  return runs;
}

/** A line of the summary of requirement changes. */
export type SummaryLine = ChangeInWords | { kind: 'reworded-only'; label: string };

export interface Comparison {
  tasks: Array<ItemChange<LocalizedText>>;
  requirements: Array<ItemChange<Requirement>>;
  taskCounts: ChangeCounts;
  requirementCounts: ChangeCounts;
  /** What happens to each requirement, in words, in the page's language. */
  summary: SummaryLine[];
}

/**
 * Everything a comparison page shows. Items are paired on their Swedish text; the English page
 * shows the English text of the same pairs. Requirement changes are told from the typed
 * criteria; a requirement reworded without any change in what it asks is told as just that.
 */
export function comparison(from: Level, to: Level, lang: Locale, titles: RoleTitles): Comparison {
  const { tasks, requirements } = compareLevels(from, to);
  const summary: SummaryLine[] = requirementChanges(
    from.requirements.map((requirement) => requirement.criterion),
    to.requirements.map((requirement) => requirement.criterion),
  ).map((change) => describeChange(change, lang, titles));
  for (const change of requirements) {
    if (change.kind === 'reworded' && sameCriterion(change.from.criterion, change.to.criterion)) {
      summary.push({ kind: 'reworded-only', label: describeAspects(aspectsOf(change.to.criterion), lang) });
    }
  }
  return { tasks, requirements, taskCounts: countChanges(tasks), requirementCounts: countChanges(requirements), summary };
}
