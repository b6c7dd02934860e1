import {
  alternatives,
  columnOf,
  matrixColumns,
  optionRank,
  plainCriteria,
  summariseLevel,
  type MatrixCell,
  type MatrixColumn,
  type PlainCriterion,
  type RequirementLike,
} from './requirement-matrix';

/**
 * A level's row of the matrix as the cells a reader sees. A requirement whose alternatives
 * differ in more than one column ("högskola and 1 year of similar work, or 3 years as arkivarie")
 * is one cell over those columns, with one lettered option per way in; every other column is a
 * cell of its own. So a reader who takes one option from each cell always gets a real way into
 * the level, never halves of two different ways (`isFaithful` checks exactly that).
 */

/** A column of its own: what every way in asks of it, and the options where they differ. */
export interface ColumnCell {
  readonly kind: 'column';
  readonly column: MatrixColumn;
  readonly cell: MatrixCell;
  /** For each option of the cell, the ways in (indexes into `ways`) that ask it. */
  readonly ways: ReadonlyArray<ReadonlyArray<number>>;
}

/** Adjacent columns joined, because a requirement's alternatives differ in more than one of them. */
export interface JoinedCell {
  readonly kind: 'joined';
  /** The columns it spans, adjacent, in display order. */
  readonly columns: ReadonlyArray<MatrixColumn>;
  /** One option per distinct way in, each what that way asks of these columns; shown as A, B, … */
  readonly options: ReadonlyArray<ReadonlyArray<PlainCriterion>>;
  /** For each option, the ways in (indexes into `ways`) that ask it. */
  readonly ways: ReadonlyArray<ReadonlyArray<number>>;
  /** Indexes of the level's requirements that say what this cell sums up, in the source's order. */
  readonly requirements: ReadonlyArray<number>;
}

export type DisplayCell = ColumnCell | JoinedCell;

export interface DisplayRow {
  /** The level's alternative ways in, each the plain criteria that together suffice. */
  readonly ways: ReadonlyArray<ReadonlyArray<PlainCriterion>>;
  /** The cells in column order; a joined cell stands for all its columns. */
  readonly cells: ReadonlyArray<DisplayCell>;
}

/** A stable key for what an option asks, whatever the order of its criteria. */
export function optionKey(option: ReadonlyArray<PlainCriterion>): string {
  return JSON.stringify(option.map((criterion) => JSON.stringify(criterion)).sort());
}

const inColumns = (option: ReadonlyArray<PlainCriterion>, columns: ReadonlyArray<MatrixColumn>) =>
  option.filter((criterion) => columns.includes(columnOf(criterion)));

/** The columns in which one requirement's own alternatives ask different things. */
export function varyingColumns(requirement: RequirementLike): MatrixColumn[] {
  const ways = alternatives([requirement.criterion]);
  return matrixColumns.filter((column) => new Set(ways.map((way) => optionKey(inColumns(way, [column])))).size > 1);
}

/**
 * The groups of columns that must be read together: each requirement whose alternatives differ
 * in two or more columns links them; linked columns are joined with every column between them,
 * so a group is a run of adjacent columns. Groups that overlap become one.
 */
export function joinedGroups(requirements: ReadonlyArray<RequirementLike>): MatrixColumn[][] {
  const ranges: Array<[number, number]> = [];
  for (const requirement of requirements) {
    const varying = varyingColumns(requirement).map((column) => matrixColumns.indexOf(column));
    if (varying.length >= 2) ranges.push([Math.min(...varying), Math.max(...varying)]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of ranges) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged.map(([start, end]) => matrixColumns.slice(start, end + 1));
}

/** Compares two options by how much they ask, column by column: most first. */
function mostFirst(columns: ReadonlyArray<MatrixColumn>) {
  return (a: ReadonlyArray<PlainCriterion>, b: ReadonlyArray<PlainCriterion>): number => {
    for (const column of columns) {
      const difference = optionRank(column, inColumns(b, [column])) - optionRank(column, inColumns(a, [column]));
      if (difference !== 0) return difference;
    }
    return 0;
  };
}

/** The distinct options of some columns over the ways in, and which ways ask each. */
function optionsOver(
  ways: ReadonlyArray<ReadonlyArray<PlainCriterion>>,
  columns: ReadonlyArray<MatrixColumn>,
): { options: PlainCriterion[][]; ways: number[][] } {
  const byKey = new Map<string, { option: PlainCriterion[]; ways: number[] }>();
  ways.forEach((way, index) => {
    const option = inColumns(way, columns);
    const key = optionKey(option);
    const found = byKey.get(key);
    if (found) found.ways.push(index);
    else byKey.set(key, { option, ways: [index] });
  });
  return { options: [...byKey.values()].map((o) => o.option), ways: [...byKey.values()].map((o) => o.ways) };
}

/** The cells of a level's row, from its requirements' criteria. */
export function displayRow(requirements: ReadonlyArray<RequirementLike>): DisplayRow {
  const ways = alternatives(requirements.map((r) => r.criterion));
  const row = summariseLevel(requirements);
  const groups = joinedGroups(requirements);
  const cells: DisplayCell[] = [];
  for (const column of matrixColumns) {
    const group = groups.find((g) => g.includes(column));
    if (group) {
      if (group[0] !== column) continue;
      const found = optionsOver(ways, group);
      const order = found.options.map((_, index) => index).sort((a, b) => mostFirst(group)(found.options[a]!, found.options[b]!));
      cells.push({
        kind: 'joined',
        columns: group,
        options: order.map((index) => found.options[index]!),
        ways: order.map((index) => found.ways[index]!),
        requirements: requirements.flatMap((r, index) =>
          plainCriteria(r.criterion).some((c) => group.includes(columnOf(c))) ? [index] : [],
        ),
      });
      continue;
    }
    const cell = row[column];
    const found = optionsOver(ways, [column]);
    const waysOf = cell.options.map((option) => found.ways[found.options.findIndex((o) => optionKey(o) === optionKey(option))] ?? []);
    cells.push({ kind: 'column', column, cell, ways: waysOf });
  }
  return { ways, cells };
}

/** The columns a cell stands for. */
export function cellColumns(cell: DisplayCell): ReadonlyArray<MatrixColumn> {
  return cell.kind === 'joined' ? cell.columns : [cell.column];
}

/**
 * Whether a row can be read cell by cell without mixing halves of different ways in: every pick
 * of one option from each cell is a real way in, and every way in is such a pick. Checked on the
 * ways each option stands for: the picks' ways must always have one in common.
 */
export function isFaithful(row: DisplayRow): boolean {
  const all = row.ways.map((_, index) => index);
  let common: number[][] = [all];
  for (const cell of row.cells) {
    // Each way in must be under exactly one option of each cell.
    const covered = cell.ways.flat().sort((a, b) => a - b);
    if (covered.length !== all.length || covered.some((way, index) => way !== index)) return false;
    common = common.flatMap((ways) => cell.ways.map((option) => ways.filter((way) => option.includes(way))));
    if (common.some((ways) => ways.length === 0)) return false;
  }
  return true;
}
