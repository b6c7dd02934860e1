import type { Locale, MessageKey, Messages } from '../i18n';
import { format } from '../i18n/format';
import type { Level, Requirement } from '../schemas/role';
import type { LocalizedText } from '../schemas/text';
import { aspectsInWords, changeInWords, type ChangeInWords, type RoleTitles } from './criterion-words';
import { compareLevels, countChanges, joinTexts, wordChanges, type ChangeCounts, type ItemChange } from './level-diff';
import { aspectsOf, requirementChanges, sameCriterion } from './requirement-changes';

/**
 * What changes between two levels, in words: the counts, the sentence summary of requirement
 * changes, and the mark of each item. Shared by the comparison pages, the role pages and the
 * compare page (which runs it in the browser with the words passed in, so it takes a `Messages`
 * object rather than looking one up).
 */

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
 * Everything a comparison shows. Items are paired on their Swedish text; the English page shows
 * the English text of the same pairs. Requirement changes are told from the typed criteria; a
 * requirement reworded without any change in what it asks is told as just that.
 */
export function comparisonWith(from: Level, to: Level, m: Messages, lang: Locale, titles: RoleTitles): Comparison {
  const { tasks, requirements } = compareLevels(from, to);
  const summary: SummaryLine[] = requirementChanges(
    from.requirements.map((requirement) => requirement.criterion),
    to.requirements.map((requirement) => requirement.criterion),
  ).map((change) => changeInWords(change, m, lang, titles));
  for (const change of requirements) {
    if (change.kind === 'reworded' && sameCriterion(change.from.criterion, change.to.criterion)) {
      summary.push({ kind: 'reworded-only', label: aspectsInWords(aspectsOf(change.to.criterion), m, lang) });
    }
  }
  return { tasks, requirements, taskCounts: countChanges(tasks), requirementCounts: countChanges(requirements), summary };
}

type CountKind = keyof ChangeCounts;

/** Counts in the order a reader wants them: what is new or asks more first, what stays last. */
const countOrder: ReadonlyArray<CountKind> = ['added', 'raised', 'lowered', 'changed', 'reworded', 'removed', 'same'];

const capitalised = (kind: CountKind) => `${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;

/** The key of "1 ny" (a task) / "1 nytt" (a requirement) / "2 nya". */
export function countKey(list: 'tasks' | 'requirements', kind: CountKind, n: number): MessageKey {
  if (n !== 1) return `count${capitalised(kind)}Many` as MessageKey;
  return `count${list === 'tasks' ? 'Task' : 'Requirement'}${capitalised(kind)}One` as MessageKey;
}

/** "Arbetsuppgifter: 4 nya, 4 oförändrade." Kinds that do not occur are left out. */
export function countsInWords(counts: ChangeCounts, list: 'tasks' | 'requirements', m: Messages): string {
  const parts = countOrder.filter((kind) => counts[kind] > 0).map((kind) => format(m[countKey(list, kind, counts[kind])], { n: counts[kind] }));
  return format(list === 'tasks' ? m.changeSummaryTasks : m.changeSummaryRequirements, { counts: parts.join(', ') });
}

/** Whether a list has anything but unchanged items. */
export function hasChanges(counts: ChangeCounts): boolean {
  return countOrder.some((kind) => kind !== 'same' && counts[kind] > 0);
}

/** The word that marks an item ("Ny", "Skärpt"), for a list of tasks or of requirements. */
export function markKey(list: 'tasks' | 'requirements', mark: 'new' | 'reworded' | 'removed' | 'raised' | 'lowered' | 'changed'): MessageKey {
  const name = mark === 'new' ? 'New' : capitalised(mark);
  return `mark${list === 'tasks' ? 'Task' : 'Requirement'}${name}` as MessageKey;
}

/** A stretch of the merged list: one change, or several unchanged items (shown folded). */
export type Run<T extends LocalizedText> = Exclude<ItemChange<T>, { kind: 'same' }> | { kind: 'unchanged'; items: T[] };

/**
 * Folds all unchanged items into one run, placed where the first of them stands, and keeps the
 * changes in their order: the reader opens one group, not several.
 */
export function foldUnchanged<T extends LocalizedText>(changes: ReadonlyArray<ItemChange<T>>): Array<Run<T>> {
  const runs: Array<Run<T>> = [];
  let unchanged: { kind: 'unchanged'; items: T[] } | undefined;
  for (const change of changes) {
    if (change.kind !== 'same') {
      runs.push(change);
      continue;
    }
    if (unchanged) unchanged.items.push(change.to);
    else runs.push((unchanged = { kind: 'unchanged', items: [change.to] }));
  }
  return runs;
}

/** A piece of an item's text on one side of a comparison across roles; `differs` marks words the other side lacks. */
export interface SidePart {
  text: string;
  differs: boolean;
}

/** A row of a comparison across roles: what the first level has, what the second has (missing: undefined). */
export interface AcrossRow {
  kind: 'only-a' | 'only-b' | 'pair';
  a?: SidePart[];
  b?: SidePart[];
}

export interface AcrossView<T extends LocalizedText> {
  /** Items both levels have, word for word. */
  both: T[];
  /** Everything else, aligned: similar items on one row, the rest on a row of their own. */
  rows: AcrossRow[];
}

function side(parts: ReadonlyArray<{ kind: string; text: string }>, drop: string, mark: string): SidePart[] {
  return parts.filter((part) => part.kind !== drop).map((part) => ({ text: part.text, differs: part.kind === mark }));
}

/**
 * Two levels of different roles side by side, with nothing struck through: text that one level
 * lacks is still valid for the other. Similar items share a row with their differing words marked.
 */
export function acrossView<T extends LocalizedText>(changes: ReadonlyArray<ItemChange<T>>, lang: Locale): AcrossView<T> {
  const both: T[] = [];
  const rows: AcrossRow[] = [];
  for (const change of changes) {
    switch (change.kind) {
      case 'same':
        both.push(change.to);
        break;
      case 'removed':
        rows.push({ kind: 'only-a', a: [{ text: change.from[lang], differs: false }] });
        break;
      case 'added':
        rows.push({ kind: 'only-b', b: [{ text: change.to[lang], differs: false }] });
        break;
      case 'reworded':
      case 'revised': {
        // Each side in its own words and punctuation, with what the other side lacks marked.
        const a = change.kind === 'revised' ? joinTexts(change.from)[lang] : change.from[lang];
        const b = change.kind === 'revised' ? joinTexts(change.to)[lang] : change.to[lang];
        rows.push({ kind: 'pair', a: side(wordChanges(b, a, lang), 'removed', 'added'), b: side(wordChanges(a, b, lang), 'removed', 'added') });
        break;
      }
    }
  }
  return { both, rows };
}
