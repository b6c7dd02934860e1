/**
 * The parts of one alternative are all required: in every requirement, an alternative ("...
 * Alternativt, ...") or the whole requirement, when it has more than one part, is `all-of`. A
 * content change that joined them by `any-of` would let a candidate in on one part alone.
 */
import { describe, expect, it } from 'vitest';
import { leaves } from '../../src/lib/criteria/walk';
import type { Criterion } from '../../src/schemas/criterion';
import { catalog } from '../helpers/eligibility';

/** Where the parts of an alternative are joined by anything but all-of, as messages. */
export function alternativeProblems(criterion: Criterion, alternatives: number): string[] {
  const branches = alternatives > 1 ? (criterion.kind === 'any-of' ? criterion.of : []) : [criterion];
  const problems: string[] = [];
  if (alternatives > 1 && criterion.kind !== 'any-of') problems.push(`${alternatives} alternatives but ${criterion.kind}`);
  branches.forEach((branch, index) => {
    const parts = [...leaves(branch)].length;
    if (parts > 1 && branch.kind !== 'all-of') problems.push(`alternative ${index + 1} has ${parts} parts joined by ${branch.kind}`);
    if (branch.kind === 'all-of' && branch.of.some((part) => part.kind === 'any-of')) problems.push(`alternative ${index + 1} holds an any-of`);
  });
  return problems;
}

const requirements = catalog.levels.flatMap((level) => level.requirements.map((requirement) => ({ where: `${level.id}`, requirement })));

describe('the parts of an alternative are joined by all-of', () => {
  it.each(requirements.map((r) => [r.where, r.requirement.sv, r.requirement.criterion] as const))('%s: %s', (_where, sv, criterion) => {
    expect(alternativeProblems(criterion, sv.split(/ Alternativt, /i).length)).toEqual([]);
  });

  it('fails when the parts are joined by any-of', () => {
    const ekonomi = requirements.find((r) => r.where === 'kontorstjanster/ekonomiassistent/2' && r.requirement.criterion.kind === 'any-of')!;
    const original = ekonomi.requirement.criterion as Criterion & { kind: 'any-of' };
    const spoilt: Criterion = { kind: 'any-of', of: original.of.map((branch) => (branch.kind === 'all-of' ? { kind: 'any-of', of: branch.of } : branch)) };
    expect(alternativeProblems(spoilt, 2)).toEqual(['alternative 1 has 2 parts joined by any-of', 'alternative 2 has 2 parts joined by any-of']);
    const flat: Criterion = { kind: 'any-of', of: [...leaves(original)] };
    expect(alternativeProblems(flat, 1)).toEqual(['alternative 1 has 4 parts joined by any-of']);
  });
});
