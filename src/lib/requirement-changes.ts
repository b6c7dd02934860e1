import type { Criterion } from '../schemas/criterion';
import { criterionKinds, educationRank, lawRank, reaches } from './criteria/vocabulary';
import { alternatives, fold, leaves, type PlainCriterion } from './criteria/walk';

/**
 * What a requirement is about, independent of how much it asks: "education", "experience",
 * "skill:ms-office". Two levels' requirements about the same aspects are the same requirement,
 * raised or lowered; an aspect only one level has is a new or dropped requirement.
 */
export type Aspect =
  | 'education'
  | 'field-training'
  | 'experience'
  | 'public-sector-experience'
  | `skill:${Extract<Criterion, { kind: 'skill' }>['skill']}`
  | 'law-knowledge'
  | 'driving-licence';

/** A criterion that compares as a whole: one plain criterion, or a choice between alternatives. */
export type Facet = Exclude<Criterion, { kind: 'all-of' }>;

/**
 * Which way a requirement moves from one level to the next: "raised" when everyone who meets the
 * new one also meets the old one but not the other way round, "lowered" the reverse, "changed"
 * when neither holds (other experience, another field), "same" when each implies the other.
 */
export type Direction = 'raised' | 'lowered' | 'changed' | 'same';

/** How one aspect (or a set of aspects tied together by alternatives) changes between two levels. */
export interface RequirementChange {
  kind: 'changed' | 'added' | 'removed';
  /** Raised, lowered or changed otherwise; 'added' and 'removed' changes are 'raised' and 'lowered'. */
  direction: Exclude<Direction, 'same'>;
  /** The aspects concerned, in a fixed order. */
  aspects: Aspect[];
  /** What the first level asks, empty when the requirement is new. */
  from: Facet[];
  /** What the second level asks, empty when the requirement is dropped. */
  to: Facet[];
}

/** Aspects in the order the vocabulary lists the kinds of criterion (education first). */
const aspectOrder: ReadonlyArray<string> = criterionKinds;

function rank(aspect: Aspect): number {
  return aspectOrder.indexOf(aspect.startsWith('skill:') ? 'skill' : aspect);
}

function sortAspects(aspects: Iterable<Aspect>): Aspect[] {
  return [...new Set(aspects)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** The aspects a criterion is about, in a fixed order. */
export function aspectsOf(criterion: Criterion): Aspect[] {
  return sortAspects(leaves(criterion).map((plain): Aspect => (plain.kind === 'skill' ? `skill:${plain.skill}` : plain.kind)));
}

/**
 * A level's requirements as facets. "A och B" asks for A and for B, so it splits into its parts;
 * "A, alternativt B" ties its aspects together and stays whole.
 */
export function facetsOf(criteria: Criterion[]): Facet[] {
  return criteria.flatMap((criterion) =>
    fold<Facet[]>(criterion, { leaf: (plain) => [plain], allOf: (parts) => parts.flat(), anyOf: (_, choice) => [choice] }),
  );
}

/** Structural equality of two criteria; alternatives and parts compare in any order. */
export function sameCriterion(a: Criterion, b: Criterion): boolean {
  return canonical(a) === canonical(b);
}

function canonical(criterion: Criterion): string {
  if (criterion.kind === 'all-of' || criterion.kind === 'any-of') {
    return `${criterion.kind}(${criterion.of.map(canonical).sort().join(',')})`;
  }
  const entries = Object.entries(criterion).sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify(entries);
}

function sameFacets(a: Facet[], b: Facet[]): boolean {
  if (a.length !== b.length) return false;
  const left = a.map(canonical).sort();
  const right = b.map(canonical).sort();
  return left.every((value, index) => value === right[index]);
}

/**
 * Requirement changes from one level to another, worked out from the typed criteria. Facets that
 * share an aspect are grouped (across both levels, transitively), so "gymnasium" plus "1 year"
 * on one level compares with "higher education and 3 years, or gymnasium and 5 years" on the
 * other as one change. Unchanged groups are left out. Changed and new requirements come in the
 * second level's order, dropped ones after them in the first level's order.
 */
export function requirementChanges(from: Criterion[], to: Criterion[]): RequirementChange[] {
  const entries = [
    ...facetsOf(to).map((facet) => ({ side: 'to' as const, facet, aspects: aspectsOf(facet) })),
    ...facetsOf(from).map((facet) => ({ side: 'from' as const, facet, aspects: aspectsOf(facet) })),
  ];

  // Union-find over entries, joined whenever they share an aspect.
  const parent = entries.map((_, index) => index);
  const find = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!;
    return index;
  };
  const owner = new Map<Aspect, number>();
  entries.forEach((entry, index) => {
    for (const aspect of entry.aspects) {
      const other = owner.get(aspect);
      if (other === undefined) owner.set(aspect, index);
      else parent[find(index)] = find(other);
    }
  });

  const groups = new Map<number, typeof entries>();
  entries.forEach((entry, index) => {
    const root = find(index);
    groups.set(root, [...(groups.get(root) ?? []), entry]);
  });

  const changes: RequirementChange[] = [];
  for (const group of groups.values()) {
    const before = group.filter((entry) => entry.side === 'from').map((entry) => entry.facet);
    const after = group.filter((entry) => entry.side === 'to').map((entry) => entry.facet);
    if (sameFacets(before, after)) continue;
    const kind = before.length === 0 ? 'added' : after.length === 0 ? 'removed' : 'changed';
    const moved = direction(before, after);
    changes.push({
      kind,
      direction: moved === 'same' ? 'changed' : moved,
      aspects: sortAspects(group.flatMap((entry) => entry.aspects)),
      from: before,
      to: after,
    });
  }
  return changes;
}

/** Whether meeting plain criterion `a` is enough to meet plain criterion `b`. */
export function plainImplies(a: PlainCriterion, b: PlainCriterion): boolean {
  switch (b.kind) {
    case 'education':
      return (
        a.kind === 'education' &&
        educationRank(a.level) >= educationRank(b.level) &&
        (b.field === undefined || a.field === b.field)
      );
    case 'field-training':
      // Higher education in the role's own field is training in that field.
      return a.kind === 'field-training' || (a.kind === 'education' && a.field === 'role-field');
    case 'experience':
      if (a.kind !== 'experience' || a.years < b.years) return false;
      // Years in the role itself are also years of work similar to it.
      return b.scope === 'similar-work' || (a.scope === 'in-role' && a.role === b.role);
    case 'skill':
      return a.kind === 'skill' && a.skill === b.skill && reaches(a.level, b.level);
    case 'law-knowledge':
      return a.kind === 'law-knowledge' && lawRank(a.level) >= lawRank(b.level);
    case 'driving-licence':
      return a.kind === 'driving-licence' && a.class === b.class;
    case 'public-sector-experience':
      return a.kind === 'public-sector-experience';
  }
}

/**
 * Whether everyone who meets all of `a` also meets all of `b`: every way into `a` (see
 * `alternatives`) covers some way into `b`, atom by atom. Sound, not complete: it can miss an
 * implication that needs two atoms together, which the criterion model does not have.
 */
export function implies(a: ReadonlyArray<Criterion>, b: ReadonlyArray<Criterion>): boolean {
  const waysB = alternatives(b);
  return alternatives(a).every((wayA) => waysB.some((wayB) => wayB.every((atom) => wayA.some((have) => plainImplies(have, atom)))));
}

/** Which way the requirements move from `from` to `to` (see Direction). Nothing asked counts as asking least. */
export function direction(from: ReadonlyArray<Criterion>, to: ReadonlyArray<Criterion>): Direction {
  const up = implies(to, from);
  const down = implies(from, to);
  if (up && down) return 'same';
  if (up) return 'raised';
  if (down) return 'lowered';
  return 'changed';
}
