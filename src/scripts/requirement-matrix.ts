import { format } from '../i18n/format';
import {
  initialSort,
  isGrouped,
  isSortColumn,
  matchesFilter,
  nextSort,
  parseFilter,
  sortRows,
  type SortColumn,
  type SortState,
} from '../lib/matrix-table';
import { matrixColumns } from '../lib/requirement-matrix';

/**
 * Makes the requirements matrix sortable and filterable. The table is complete without this:
 * the controls stay hidden, and every cell's requirement text opens with <details>.
 */

interface Row {
  readonly el: HTMLTableRowElement;
  readonly group: HTMLTableSectionElement;
  readonly order: number;
  readonly keys: Partial<Record<(typeof matrixColumns)[number], number>>;
  readonly educationCategories: string[];
  readonly required: string[];
}

const words = (value: string | undefined) => (value ?? '').split(' ').filter(Boolean);

function readRow(el: HTMLTableRowElement): Row {
  const keys: Row['keys'] = {};
  for (const cell of el.querySelectorAll<HTMLTableCellElement>('td[data-column]')) {
    const column = cell.dataset['column'];
    const key = Number(cell.dataset['sort']);
    if (isSortColumn(column) && column !== 'level' && Number.isFinite(key)) keys[column] = key;
  }
  return {
    el,
    group: el.parentElement as HTMLTableSectionElement,
    order: Number(el.dataset['order']),
    keys,
    educationCategories: words(el.dataset['education']),
    required: words(el.dataset['required']),
  };
}

export function enhanceMatrix(root: HTMLElement): void {
  const table = root.querySelector<HTMLTableElement>('[data-matrix-table]');
  const form = root.querySelector<HTMLFormElement>('form[data-matrix-controls]');
  const status = root.querySelector<HTMLElement>('[data-matrix-status]');
  if (!table || !form || !status) return;
  const text = root.dataset;

  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr[data-level-id]')].map(readRow);
  const groups = [...new Set(rows.map((row) => row.group))];
  // Sorted by anything but role, the rows leave their role groups for one body of their own.
  const sortedBody = document.createElement('tbody');
  sortedBody.hidden = true;
  sortedBody.dataset['matrixSorted'] = '';
  table.append(sortedBody);

  let sort: SortState = initialSort;
  const headers = new Map<SortColumn, HTMLTableCellElement>();
  const names = new Map<SortColumn, string>();

  for (const th of table.querySelectorAll<HTMLTableCellElement>('thead th[data-column]')) {
    const column = th.dataset['column'];
    const label = th.querySelector('.matrix-heading');
    if (!isSortColumn(column) || !label) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    const icon = document.createElement('span');
    icon.className = 'sort-icon';
    icon.setAttribute('aria-hidden', 'true');
    button.append(label, icon);
    th.append(button);
    headers.set(column, th);
    names.set(column, label.textContent?.trim() ?? column);
    button.addEventListener('click', () => {
      sort = nextSort(sort, column);
      applySort();
      report(true);
    });
  }

  function applySort(): void {
    const ordered = sortRows(rows, sort);
    const grouped = isGrouped(sort);
    for (const row of ordered) (grouped ? row.group : sortedBody).append(row.el);
    sortedBody.hidden = grouped;
    for (const group of groups) group.hidden = !grouped;
    for (const [column, th] of headers) {
      if (column === sort.column) th.setAttribute('aria-sort', sort.direction);
      else th.removeAttribute('aria-sort');
    }
    table!.dataset['sortColumn'] = sort.column;
    table!.dataset['sortDirection'] = sort.direction;
  }

  function applyFilter(): void {
    const data = new FormData(form!);
    const filter = parseFilter(data.get('education')?.toString(), data.getAll('needs').map(String));
    for (const row of rows) row.el.hidden = !matchesFilter(row, filter);
  }

  function report(withSort: boolean): void {
    const shown = rows.filter((row) => !row.el.hidden).length;
    const parts: string[] = [];
    if (withSort) {
      parts.push(
        isGrouped(sort)
          ? (text['wordsUnsorted'] ?? '')
          : format(text['wordsSorted'] ?? '', {
              column: names.get(sort.column) ?? sort.column,
              direction: (sort.direction === 'ascending' ? text['wordsAscending'] : text['wordsDescending']) ?? '',
            }),
      );
    }
    parts.push(format(text['wordsShown'] ?? '', { shown, total: rows.length }));
    if (shown === 0) parts.push(text['wordsNoMatch'] ?? '');
    status!.textContent = parts.join(' ');
  }

  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', () => {
    applyFilter();
    report(false);
  });
  form.addEventListener('reset', () => {
    // The form's values change after the reset event.
    setTimeout(() => {
      applyFilter();
      report(false);
    });
  });

  applySort();
  applyFilter();
  report(false);
  form.hidden = false;
}
