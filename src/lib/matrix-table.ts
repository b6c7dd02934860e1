import { educationCategories, matrixColumns, type EducationCategory, type MatrixColumn } from './requirement-matrix';

/**
 * Sorting and filtering of the requirements matrix, apart from the page so it can be tested:
 * the page's script reads rows from the table, asks these functions what to show, and moves
 * the rows.
 */

export type SortDirection = 'ascending' | 'descending';

/** The column the table is sorted by: a requirement, or "level" for the role-by-role order. */
export type SortColumn = MatrixColumn | 'level';

export interface SortState {
  readonly column: SortColumn;
  readonly direction: SortDirection;
}

/** The order the page is built in: role by role, lowest level first. */
export const initialSort: SortState = { column: 'level', direction: 'ascending' };

/** A first choice of a column sorts ascending; choosing it again reverses. */
export function nextSort(current: SortState, column: SortColumn): SortState {
  if (current.column !== column) return { column, direction: 'ascending' };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

export interface SortableRow {
  /** Place in the role-by-role order. */
  readonly order: number;
  /** Sort key per requirement column (see optionRank): how much the level asks. */
  readonly keys: Readonly<Partial<Record<MatrixColumn, number>>>;
}

/**
 * The rows in the given order. Ties keep the role-by-role order in both directions, so levels
 * that ask the same stay grouped by role.
 */
export function sortRows<T extends SortableRow>(rows: ReadonlyArray<T>, sort: SortState): T[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const keyOf = (row: T) => (sort.column === 'level' ? row.order : (row.keys[sort.column] ?? 0));
  return [...rows].sort((a, b) => sign * (keyOf(a) - keyOf(b)) || a.order - b.order);
}

/** Whether the rows show grouped by role: only in the role-by-role order. */
export function isGrouped(sort: SortState): boolean {
  return sort.column === 'level' && sort.direction === 'ascending';
}

/** Requirement columns a reader can ask for ("only levels that need English"). */
export const needColumns: ReadonlyArray<MatrixColumn> = ['english', 'drivingLicence', 'publicSector', 'law', 'systems'];

export interface MatrixFilter {
  /** Show levels whose education, as a requirement or an alternative, is of this kind. */
  readonly education?: EducationCategory | undefined;
  /** Show levels that require all of these, whichever way in. */
  readonly needs: ReadonlyArray<MatrixColumn>;
}

export const noFilter: MatrixFilter = { needs: [] };

export interface FilterableRow {
  readonly educationCategories: ReadonlyArray<string>;
  /** The columns every way into the level asks something of. */
  readonly required: ReadonlyArray<string>;
}

export function matchesFilter(row: FilterableRow, filter: MatrixFilter): boolean {
  if (filter.education && !row.educationCategories.includes(filter.education)) return false;
  return filter.needs.every((column) => row.required.includes(column));
}

/** A filter from form values; unknown values are ignored rather than trusted. */
export function parseFilter(education: string | null | undefined, needs: ReadonlyArray<string>): MatrixFilter {
  const known = (value: string): value is MatrixColumn => (matrixColumns as ReadonlyArray<string>).includes(value);
  const category = educationCategories.find((c) => c === education);
  return { education: category, needs: needs.filter(known) };
}

export function isSortColumn(value: string | undefined): value is SortColumn {
  return value === 'level' || (matrixColumns as ReadonlyArray<string | undefined>).includes(value);
}
