import { describe, expect, it } from 'vitest';
import { alternatives, fold, isCombination, leastNeeded, leaves, MAX_ALTERNATIVES, walk } from '../../src/lib/criteria/walk';
import type { Criterion } from '../../src/schemas/criterion';

const gymnasium: Criterion = { kind: 'education', level: 'upper-secondary' };
const higher: Criterion = { kind: 'education', level: 'higher' };
const years = (n: number): Criterion => ({ kind: 'experience', years: n, scope: 'similar-work' });
const licence: Criterion = { kind: 'driving-licence', class: 'B' };
// "Högskola och 3 år, eller gymnasium och 5 år", with a driving licence beside.
const tree: Criterion = {
  kind: 'all-of',
  of: [
    { kind: 'any-of', of: [{ kind: 'all-of', of: [higher, years(3)] }, { kind: 'all-of', of: [gymnasium, years(5)] }] },
    licence,
  ],
};

describe('the criterion walker', () => {
  it('folds bottom-up with the combination at hand', () => {
    const text = fold<string>(tree, {
      leaf: (plain) => plain.kind,
      allOf: (parts, all) => `${all.kind}(${parts.join(' + ')})`,
      anyOf: (parts, any) => `${any.kind}(${parts.join(' | ')})`,
    });
    expect(text).toBe('all-of(any-of(all-of(education + experience) | all-of(education + experience)) + driving-licence)');
  });

  it('lists the single criteria in the order given, and a single criterion as itself', () => {
    expect(leaves(tree)).toEqual([higher, years(3), gymnasium, years(5), licence]);
    expect(leaves(licence)).toEqual([licence]);
    expect(isCombination(tree)).toBe(true);
    expect(isCombination(licence)).toBe(false);
  });

  it('walks every criterion with its path, combinations first', () => {
    const paths = [...walk(tree, ['criterion'])].map(({ criterion, path }) => `${path.join('.')}:${criterion.kind}`);
    expect(paths).toEqual([
      'criterion:all-of',
      'criterion.of.0:any-of',
      'criterion.of.0.of.0:all-of',
      'criterion.of.0.of.0.of.0:education',
      'criterion.of.0.of.0.of.1:experience',
      'criterion.of.0.of.1:all-of',
      'criterion.of.0.of.1.of.0:education',
      'criterion.of.0.of.1.of.1:experience',
      'criterion.of.1:driving-licence',
    ]);
    expect([...walk(licence)]).toEqual([{ criterion: licence, path: [] }]);
  });

  it('writes requirements out as their ways in', () => {
    expect(alternatives([tree])).toEqual([
      [higher, years(3), licence],
      [gymnasium, years(5), licence],
    ]);
    expect(alternatives([])).toEqual([[]]);
  });

  it('stops a runaway number of ways in', () => {
    const choice: Criterion = { kind: 'any-of', of: [years(1), years(2)] };
    const many = Array.from({ length: Math.log2(MAX_ALTERNATIVES) + 1 }, () => choice);
    expect(alternatives(many.slice(1))).toHaveLength(MAX_ALTERNATIVES);
    expect(() => alternatives(many)).toThrow(/more than 64 alternative ways/);
  });

  it('finds the least amount any way in needs', () => {
    const yearsOf = (criterion: Criterion) => (criterion.kind === 'experience' ? criterion.years : 0);
    expect(leastNeeded(tree, yearsOf)).toBe(3);
    expect(leastNeeded({ kind: 'all-of', of: [years(2), years(4)] }, yearsOf)).toBe(4);
    expect(leastNeeded(licence, yearsOf)).toBe(0);
  });
});
