import type { Criterion } from '../../schemas/criterion';

/**
 * The one walker over the criterion tree. A requirement's criterion is a single criterion or a
 * combination (all-of, any-of) of criteria; everything that reads the tree (the evaluator, the
 * matrix, JSON-LD, the summaries of changes, the search filters, the self-assessment's questions,
 * the content checks) goes through `fold` or one of the walks built on it here.
 */

/** A criterion that is not a combination of others. */
export type PlainCriterion = Exclude<Criterion, { kind: 'all-of' } | { kind: 'any-of' }>;

export type Combination = Extract<Criterion, { kind: 'all-of' } | { kind: 'any-of' }>;

export function isCombination(criterion: Criterion): criterion is Combination {
  return criterion.kind === 'all-of' || criterion.kind === 'any-of';
}

/** What to make of a single criterion, and how to combine what was made of the parts. */
export interface Folder<T> {
  leaf(criterion: PlainCriterion): T;
  /** Every part is needed. */
  allOf(parts: T[], criterion: Extract<Criterion, { kind: 'all-of' }>): T;
  /** One part is enough. */
  anyOf(parts: T[], criterion: Extract<Criterion, { kind: 'any-of' }>): T;
}

/** Folds a criterion tree bottom-up. */
export function fold<T>(criterion: Criterion, folder: Folder<T>): T {
  if (criterion.kind === 'all-of') return folder.allOf(criterion.of.map((part) => fold(part, folder)), criterion);
  if (criterion.kind === 'any-of') return folder.anyOf(criterion.of.map((part) => fold(part, folder)), criterion);
  return folder.leaf(criterion);
}

/** Every single criterion in the tree, in the order the requirement gives them. */
export function leaves(criterion: Criterion): PlainCriterion[] {
  return fold<PlainCriterion[]>(criterion, { leaf: (plain) => [plain], allOf: (parts) => parts.flat(), anyOf: (parts) => parts.flat() });
}

export type Path = Array<string | number>;

/** Every criterion of the tree, combinations too, each with its path from `path` ("of", index). */
export function* walk(criterion: Criterion, path: Path = []): Generator<{ criterion: Criterion; path: Path }> {
  yield { criterion, path };
  if (isCombination(criterion)) {
    for (const [index, part] of criterion.of.entries()) yield* walk(part, [...path, 'of', index]);
  }
}

/** Upper bound on alternative ways into one level; far above the source's two, it stops runaway nesting. */
export const MAX_ALTERNATIVES = 64;

function product(groups: PlainCriterion[][][]): PlainCriterion[][] {
  let ways: PlainCriterion[][] = [[]];
  for (const own of groups) {
    ways = ways.flatMap((way) => own.map((other) => [...way, ...other]));
    if (ways.length > MAX_ALTERNATIVES) {
      throw new Error(`A level's requirements have more than ${MAX_ALTERNATIVES} alternative ways in; simplify its any-of criteria`);
    }
  }
  return ways;
}

const waysFolder: Folder<PlainCriterion[][]> = {
  leaf: (plain) => [[plain]],
  allOf: (parts) => product(parts),
  anyOf: (parts) => parts.flat(),
};

/**
 * The alternative ways to meet all the given criteria, each a list of single criteria that must
 * all be met (disjunctive normal form): all-of multiplies the ways of its parts, any-of adds them.
 */
export function alternatives(criteria: ReadonlyArray<Criterion>): PlainCriterion[][] {
  return product(criteria.map((criterion) => fold(criterion, waysFolder)));
}

/**
 * The least amount of something that can meet a criterion, given the amount each single
 * criterion asks for (0 when it asks for none): every part of all-of is needed, so the largest;
 * any alternative of any-of is enough, so the smallest.
 */
export function leastNeeded(criterion: Criterion, amount: (plain: PlainCriterion) => number): number {
  return fold(criterion, { leaf: amount, allOf: (parts) => Math.max(...parts), anyOf: (parts) => Math.min(...parts) });
}
