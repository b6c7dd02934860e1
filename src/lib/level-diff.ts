import { diffArrays, diffWords } from 'diff';
import type { Level, Requirement } from '../schemas/role';
import type { Locale } from '../i18n/locales';
import type { LocalizedText } from '../schemas/text';
import { aspectsOf } from './requirement-changes';

/** A run of words in a reworded item: kept, added in the second level or removed from the first. */
export interface WordPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** How one task or requirement fares from the first level to the second. */
export type ItemChange<T extends LocalizedText> =
  | { kind: 'same'; from: T; to: T }
  | { kind: 'reworded'; from: T; to: T; words: Record<Locale, WordPart[]> }
  | { kind: 'added'; to: T }
  | { kind: 'removed'; from: T };

export interface ChangeCounts {
  same: number;
  reworded: number;
  added: number;
  removed: number;
}

export interface LevelComparison {
  tasks: Array<ItemChange<LocalizedText>>;
  requirements: Array<ItemChange<Requirement>>;
}

/** Share of words two texts have in common for them to count as one item reworded. */
export const REWORDED_THRESHOLD = 0.5;

const wordPattern = /[\p{L}\p{N}]+/gu;

function wordCount(text: string): number {
  return text.match(wordPattern)?.length ?? 0;
}

/** Word-level changes from one text to another. */
export function wordChanges(from: string, to: string): WordPart[] {
  return diffWords(from, to).map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
}

/**
 * How alike two texts are: twice the words they share (in order) over the words of both, from 0
 * (nothing in common) to 1 (the same words). Punctuation does not count.
 */
export function similarity(a: string, b: string): number {
  const total = wordCount(a) + wordCount(b);
  if (total === 0) return 1;
  const shared = wordChanges(a, b)
    .filter((part) => part.kind === 'same')
    .reduce((sum, part) => sum + wordCount(part.text), 0);
  return (2 * shared) / total;
}

/** Tasks are the same task reworded when at least half their words are shared. */
export function sameTask(a: LocalizedText, b: LocalizedText): boolean {
  return similarity(a.sv, b.sv) >= REWORDED_THRESHOLD;
}

/**
 * Requirements are the same requirement reworded when their criteria are about the same things
 * ("1 year" and "3 years" are both about experience, whatever the wording), or when at least half
 * their words are shared.
 */
export function sameRequirement(a: Requirement, b: Requirement): boolean {
  const left = aspectsOf(a.criterion).join(' ');
  const right = aspectsOf(b.criterion).join(' ');
  return left === right || sameTask(a, b);
}

/**
 * Pairs the items of two levels. Items with the same Swedish text are the same item; what is
 * left between two such anchors is paired again with `related`, and a pair found there is one
 * item reworded. Anything else is added or removed. The order follows the second level, with
 * removed items where they stood in the first.
 */
export function pairItems<T extends LocalizedText>(
  from: readonly T[],
  to: readonly T[],
  related: (a: T, b: T) => boolean,
): Array<ItemChange<T>> {
  const result: Array<ItemChange<T>> = [];
  let removed: T[] = [];
  let added: T[] = [];

  const flush = () => {
    if (removed.length > 0 || added.length > 0) result.push(...pairHunk(removed, added, related));
    removed = [];
    added = [];
  };

  let i = 0;
  let j = 0;
  for (const part of diffArrays([...from], [...to], { comparator: (a, b) => a.sv === b.sv })) {
    if (part.removed) {
      removed.push(...from.slice(i, (i += part.count)));
    } else if (part.added) {
      added.push(...to.slice(j, (j += part.count)));
    } else {
      flush();
      for (let k = 0; k < part.count; k++) result.push({ kind: 'same', from: from[i++]!, to: to[j++]! });
    }
  }
  flush();
  return result;
}

function pairHunk<T extends LocalizedText>(
  from: T[],
  to: T[],
  related: (a: T, b: T) => boolean,
): Array<ItemChange<T>> {
  const result: Array<ItemChange<T>> = [];
  let i = 0;
  let j = 0;
  for (const part of diffArrays(from, to, { comparator: related })) {
    for (let k = 0; k < part.count; k++) {
      if (part.removed) result.push({ kind: 'removed', from: from[i++]! });
      else if (part.added) result.push({ kind: 'added', to: to[j++]! });
      else {
        const a = from[i++]!;
        const b = to[j++]!;
        result.push({
          kind: 'reworded',
          from: a,
          to: b,
          words: { sv: wordChanges(a.sv, b.sv), en: wordChanges(a.en, b.en) },
        });
      }
    }
  }
  return result;
}

/**
 * Tasks and requirements of two levels, paired item by item. The pairing is always worked out
 * from the lower level to the higher and turned round when asked the other way: a shortest diff
 * is not unique, and this way level 2 against level 1 is exactly the reverse of 1 against 2.
 */
export function compareLevels(from: Level, to: Level): LevelComparison {
  if (from.level > to.level) {
    const upward = compareLevels(to, from);
    return { tasks: reverseChanges(upward.tasks), requirements: reverseChanges(upward.requirements) };
  }
  return {
    tasks: pairItems(from.tasks, to.tasks, sameTask),
    requirements: pairItems(from.requirements, to.requirements, sameRequirement),
  };
}

/** Puts removals before additions wherever the two stand next to each other, the way diffs show them. */
export function removalsFirst<T extends { kind: string }>(sequence: T[]): T[] {
  const result: T[] = [];
  let run: T[] = [];
  const flush = () => {
    result.push(...run.filter((entry) => entry.kind === 'removed'), ...run.filter((entry) => entry.kind === 'added'));
    run = [];
  };
  for (const entry of sequence) {
    if (entry.kind === 'added' || entry.kind === 'removed') run.push(entry);
    else {
      flush();
      result.push(entry);
    }
  }
  flush();
  return result;
}

function reverseWords(parts: WordPart[]): WordPart[] {
  return removalsFirst(
    parts.map((part) => ({ ...part, kind: part.kind === 'added' ? 'removed' : part.kind === 'removed' ? 'added' : 'same' })),
  );
}

/** The same changes seen from the other level: added and removed swap, and so do the words. */
export function reverseChanges<T extends LocalizedText>(changes: ReadonlyArray<ItemChange<T>>): Array<ItemChange<T>> {
  return removalsFirst(
    changes.map((change): ItemChange<T> => {
      switch (change.kind) {
        case 'same':
          return { kind: 'same', from: change.to, to: change.from };
        case 'added':
          return { kind: 'removed', from: change.to };
        case 'removed':
          return { kind: 'added', to: change.from };
        case 'reworded':
          return {
            kind: 'reworded',
            from: change.to,
            to: change.from,
            words: { sv: reverseWords(change.words.sv), en: reverseWords(change.words.en) },
          };
      }
    }),
  );
}

export function countChanges(changes: ReadonlyArray<ItemChange<LocalizedText>>): ChangeCounts {
  const counts: ChangeCounts = { same: 0, reworded: 0, added: 0, removed: 0 };
  for (const change of changes) counts[change.kind]++;
  return counts;
}
