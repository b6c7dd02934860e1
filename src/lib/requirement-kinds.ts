import type { Criterion } from '../schemas/criterion';
import { searchKinds, type SearchKind } from '../schemas/vocabulary';
import { searchKindOf } from './criteria/vocabulary';
import { leaves } from './criteria/walk';

/**
 * The kinds of requirement a reader can filter search results by. Derived from each
 * requirement's typed criterion, never from its wording, so both languages agree; which kind a
 * criterion counts as is the vocabulary table's.
 */
export const requirementKinds = searchKinds;

export type RequirementKind = SearchKind;

export function isRequirementKind(value: unknown): value is RequirementKind {
  return typeof value === 'string' && (requirementKinds as readonly string[]).includes(value);
}

function collect(criterion: Criterion, into: Set<RequirementKind>): void {
  for (const plain of leaves(criterion)) into.add(searchKindOf(plain));
}

/**
 * Every kind a criterion touches, in the order of `requirementKinds`. "Education or three years
 * as a registrar" is both education and experience: a reader filtering by either should find it.
 */
export function kindsOfCriterion(criterion: Criterion): RequirementKind[] {
  const found = new Set<RequirementKind>();
  collect(criterion, found);
  return requirementKinds.filter((kind) => found.has(kind));
}

/** The kinds of all of a level's requirements together, in the order of `requirementKinds`. */
export function kindsOfRequirements(requirements: ReadonlyArray<{ readonly criterion: Criterion }>): RequirementKind[] {
  const found = new Set<RequirementKind>();
  for (const requirement of requirements) collect(requirement.criterion, found);
  return requirementKinds.filter((kind) => found.has(kind));
}
