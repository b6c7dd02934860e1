import type { Criterion } from '../schemas/criterion';
import { matrixColumns, type EducationLevel, type MatrixColumn } from '../schemas/vocabulary';
import type { LocalizedText } from '../schemas/text';
import { columnOf, educationRank, lawRank, skillRank } from './criteria/vocabulary';
import { alternatives, leaves, type PlainCriterion } from './criteria/walk';

/**
 * Sums up a level's typed requirements as one row of the "requirements at a glance" matrix:
 * one cell per kind of requirement. A level's requirements are all needed; a requirement can
 * itself be all-of or any-of. The level is first written out as its alternative ways in (each
 * a set of plain criteria that together suffice), then each column lists what those ways ask
 * of it, without repeats. "3 years of similar work, or 5 years in the role" becomes a cell with
 * two options.
 */

/** The matrix's columns, in display order, and where each criterion goes: the vocabulary table's. */
export { matrixColumns, type MatrixColumn } from '../schemas/vocabulary';
export { columnOf } from './criteria/vocabulary';
export { alternatives, leaves as plainCriteria, type PlainCriterion } from './criteria/walk';

export type EducationAtom = Extract<PlainCriterion, { kind: 'education' | 'field-training' }>;
export type ExperienceAtom = Extract<PlainCriterion, { kind: 'experience' }>;
export type SkillAtom = Extract<PlainCriterion, { kind: 'skill' }>;

/** Education on a scale of 0 (none), 1 (upper secondary), 3 (higher), leaving room for a field half a step up. */
const educationStep = (level: EducationStep['level']) => (level === 'none' ? 0 : 2 * educationRank(level) - 1);

/**
 * How much one option of a cell asks, for sorting: more is a higher number, nothing is 0.
 * Education counts a named field or training in the field as half a step up.
 */
export function optionRank(column: MatrixColumn, option: ReadonlyArray<PlainCriterion>): number {
  if (option.length === 0) return 0;
  switch (column) {
    case 'education': {
      const education = educationOf(option as EducationAtom[]);
      return educationStep(education.level) + (education.field || education.fieldTraining ? 1 : 0);
    }
    case 'experience':
      return Math.max(...option.map((c) => (c.kind === 'experience' ? c.years : 0)));
    case 'msOffice':
    case 'english':
      return Math.max(...option.map((c) => (c.kind === 'skill' ? skillRank(c.level) : 0)));
    case 'systems':
      return option.length;
    case 'law':
      return Math.max(...option.map((c) => (c.kind === 'law-knowledge' ? lawRank(c.level) : 0)));
    case 'drivingLicence':
    case 'publicSector':
      return 1;
  }
}

/** The education one option asks for: its highest level, a named field, and training in the field. */
export interface EducationStep {
  readonly level: 'none' | EducationLevel;
  readonly field?: Extract<PlainCriterion, { kind: 'education' }>['field'];
  readonly fieldTraining: boolean;
}

export function educationOf(option: ReadonlyArray<EducationAtom>): EducationStep {
  let level: EducationStep['level'] = 'none';
  let field: EducationStep['field'];
  let fieldTraining = false;
  for (const atom of option) {
    if (atom.kind === 'field-training') {
      fieldTraining = true;
      continue;
    }
    if (educationStep(atom.level) > educationStep(level)) level = atom.level;
    field ??= atom.field;
  }
  return field ? { level, field, fieldTraining } : { level, fieldTraining };
}

/** Education as a filter sees it. "specific" is a named field of study or training in the field. */
export type EducationCategory = 'none' | 'upper-secondary' | 'higher' | 'specific';
export const educationCategories: ReadonlyArray<EducationCategory> = ['none', 'upper-secondary', 'higher', 'specific'];

export function educationCategoriesOf(step: EducationStep): EducationCategory[] {
  const categories: EducationCategory[] = [step.level];
  if (step.field || step.fieldTraining) categories.push('specific');
  return categories;
}

export interface MatrixCell {
  readonly column: MatrixColumn;
  /**
   * What the alternative ways into the level ask of this column, without repeats, least first.
   * One empty option: the level asks nothing here. An empty option beside others: one way in
   * asks nothing here.
   */
  readonly options: ReadonlyArray<ReadonlyArray<PlainCriterion>>;
  /** True when no way in asks anything of this column. */
  readonly empty: boolean;
  /** True when every way in asks something of this column. */
  readonly required: boolean;
  /** The least any way in asks (see optionRank): the number to sort by. */
  readonly sortKey: number;
  /** Indexes of the level's requirements that say what this cell sums up, in the source's order. */
  readonly requirements: ReadonlyArray<number>;
}

export interface RequirementLike {
  readonly criterion: Criterion;
}

export type MatrixRow = Readonly<Record<MatrixColumn, MatrixCell>>;

const key = (option: ReadonlyArray<PlainCriterion>) => JSON.stringify(option.map((c) => JSON.stringify(c)).sort());

/** The matrix row of one level, from its requirements' criteria. */
export function summariseLevel(requirements: ReadonlyArray<RequirementLike>): MatrixRow {
  const ways = alternatives(requirements.map((r) => r.criterion));
  const row = {} as Record<MatrixColumn, MatrixCell>;
  for (const column of matrixColumns) {
    const seen = new Map<string, PlainCriterion[]>();
    for (const way of ways) {
      const option = way.filter((c) => columnOf(c) === column);
      const id = key(option);
      if (!seen.has(id)) seen.set(id, option);
    }
    const options = [...seen.values()].sort((a, b) => optionRank(column, a) - optionRank(column, b));
    row[column] = {
      column,
      options,
      empty: options.every((o) => o.length === 0),
      required: options.every((o) => o.length > 0),
      sortKey: Math.min(...options.map((o) => optionRank(column, o))),
      requirements: requirements.flatMap((r, index) => (leaves(r.criterion).some((c) => columnOf(c) === column) ? [index] : [])),
    };
  }
  return row;
}

/** The education categories a level mentions, in any of its ways in. */
export function levelEducationCategories(row: MatrixRow): EducationCategory[] {
  const found = new Set(row.education.options.flatMap((o) => educationCategoriesOf(educationOf(o as EducationAtom[]))));
  return educationCategories.filter((c) => found.has(c));
}

/** A level of the catalog, as much as the matrix needs. */
export interface MatrixLevel {
  readonly id: string;
  readonly level: number;
  readonly title: LocalizedText;
  readonly requirements: ReadonlyArray<RequirementLike & LocalizedText>;
  readonly role: { readonly id: string; readonly slug: string; readonly title: LocalizedText };
}

export interface MatrixEntry<L extends MatrixLevel = MatrixLevel> {
  readonly level: L;
  readonly row: MatrixRow;
  readonly educationCategories: ReadonlyArray<EducationCategory>;
}

/** The whole matrix: one entry per level, in the order given. */
export function buildMatrix<L extends MatrixLevel>(levels: ReadonlyArray<L>): MatrixEntry<L>[] {
  return levels.map((level) => {
    const row = summariseLevel(level.requirements);
    return { level, row, educationCategories: levelEducationCategories(row) };
  });
}
