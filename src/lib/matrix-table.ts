import { educationCategories, matrixColumns, type EducationCategory, type MatrixColumn } from './requirement-matrix';
import type { Messages } from '../i18n';
import { fill } from './widget/text';

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

/** A row as the page writes it into the table's attributes, for the script to read back. */
export interface RowAttributes {
  readonly order?: string | undefined;
  readonly education?: string | undefined;
  readonly required?: string | undefined;
  readonly sortKeys?: string | undefined;
}

export type MatrixRowData = SortableRow & FilterableRow;

const words = (value: string | undefined) => (value ?? '').split(' ').filter(Boolean);

/** The sort keys as one attribute: "education:1 experience:3 msOffice:2". */
export function sortKeysAttribute(keys: Readonly<Partial<Record<MatrixColumn, number>>>): string {
  return matrixColumns.flatMap((column) => (keys[column] === undefined ? [] : [`${column}:${keys[column]}`])).join(' ');
}

/** Reads sortKeysAttribute back; unknown columns and values that are not numbers are left out. */
export function parseSortKeys(value: string | undefined): Partial<Record<MatrixColumn, number>> {
  const keys: Partial<Record<MatrixColumn, number>> = {};
  for (const pair of words(value)) {
    const [column, number] = pair.split(':');
    const key = Number(number);
    if (isSortColumn(column) && column !== 'level' && number !== '' && Number.isFinite(key)) keys[column] = key;
  }
  return keys;
}

/** A row from its attributes (a missing order sorts it last). */
export function readRowAttributes(attributes: RowAttributes): MatrixRowData {
  const order = Number(attributes.order);
  return {
    order: attributes.order !== undefined && Number.isFinite(order) ? order : Number.MAX_SAFE_INTEGER,
    keys: parseSortKeys(attributes.sortKeys),
    educationCategories: words(attributes.education),
    required: words(attributes.required),
  };
}

/** The words the caption and the status line are made of, from the dictionaries. */
export interface MatrixWords {
  readonly captionAll: string;
  readonly captionSome: string;
  readonly captionByRole: string;
  readonly captionSorted: string;
  readonly sorted: string;
  readonly ascending: string;
  readonly descending: string;
  readonly unsorted: string;
  readonly shown: string;
  readonly noMatch: string;
}

/** The caption's and status line's words in a page's language. */
export function matrixWords(m: Messages): MatrixWords {
  return {
    captionAll: m.matrixCaptionAll,
    captionSome: m.matrixCaptionSome,
    captionByRole: m.matrixCaptionByRole,
    captionSorted: m.matrixCaptionSorted,
    sorted: m.matrixSorted,
    ascending: m.matrixAscending,
    descending: m.matrixDescending,
    unsorted: m.matrixUnsorted,
    shown: m.matrixShown,
    noMatch: m.matrixNoMatch,
  };
}

export interface MatrixView {
  readonly sort: SortState;
  /** The name of the column sorted by, as its heading says it. */
  readonly columnName: string;
  readonly shown: number;
  readonly total: number;
}

const direction = (words: MatrixWords, sort: SortState) => (sort.direction === 'ascending' ? words.ascending : words.descending);

/** The table's caption: how many levels it shows, and in what order. */
export function captionText(words: MatrixWords, view: MatrixView): string {
  const count =
    view.shown === view.total ? fill(words.captionAll, { total: view.total }) : fill(words.captionSome, { shown: view.shown, total: view.total });
  return isGrouped(view.sort)
    ? fill(words.captionByRole, { count })
    : fill(words.captionSorted, { count, column: view.columnName, direction: direction(words, view.sort) });
}

/** The status line after a change: the new order (when the reader sorted), how many levels show. */
export function statusText(words: MatrixWords, view: MatrixView, withSort: boolean): string {
  const parts: string[] = [];
  if (withSort) {
    parts.push(isGrouped(view.sort) ? words.unsorted : fill(words.sorted, { column: view.columnName, direction: direction(words, view.sort) }));
  }
  parts.push(fill(words.shown, { shown: view.shown, total: view.total }));
  if (view.shown === 0) parts.push(words.noMatch);
  return parts.join(' ');
}
