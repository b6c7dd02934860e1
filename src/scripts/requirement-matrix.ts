import {
  captionText,
  initialSort,
  isGrouped,
  isSortColumn,
  matchesFilter,
  nextSort,
  parseFilter,
  readRowAttributes,
  sortRows,
  statusText,
  type MatrixRowData,
  type MatrixWords,
  type SortColumn,
  type SortState,
} from '../lib/matrix-table';
import { defineWidget, Widget } from './widget';

/**
 * The requirements matrix, <kk-requirement-matrix>: sorting by the column headings, filtering
 * with the form, the caption and status that say what is shown, and the scroll hint, shown
 * exactly when the table is wider than its box. The table is complete without it: the controls
 * stay hidden, and every cell's requirement text opens with <details>.
 */

interface Row extends MatrixRowData {
  readonly el: HTMLTableRowElement;
  readonly group: HTMLTableSectionElement;
}

class RequirementMatrix extends Widget {
  #words!: MatrixWords;
  #table!: HTMLTableElement;
  #form!: HTMLFormElement;
  #rows: Row[] = [];
  #groups: HTMLTableSectionElement[] = [];
  /** Sorted by anything but role, the rows leave their role groups for one body of their own. */
  #sortedBody!: HTMLTableSectionElement;
  #sort: SortState = initialSort;
  #headers = new Map<SortColumn, HTMLTableCellElement>();
  #names = new Map<SortColumn, string>();

  protected start(): void {
    this.#words = this.data<MatrixWords>();
    this.#table = this.find<HTMLTableElement>('[data-matrix-table]');
    this.#form = this.find<HTMLFormElement>('form[data-matrix-controls]');
    this.#rows = [...this.#table.querySelectorAll<HTMLTableRowElement>('tbody tr[data-level-id]')].map((el) => ({
      el,
      group: el.parentElement as HTMLTableSectionElement,
      ...readRowAttributes(el.dataset),
    }));
    this.#groups = [...new Set(this.#rows.map((row) => row.group))];
    this.#sortedBody = document.createElement('tbody');
    this.#sortedBody.hidden = true;
    this.#sortedBody.dataset['matrixSorted'] = '';
    this.#table.append(this.#sortedBody);
    this.#addSortButtons();
    this.#form.addEventListener('submit', (event) => event.preventDefault());
    this.#form.addEventListener('change', () => this.#filter());
    // The form's values change after the reset event.
    this.#form.addEventListener('reset', () => setTimeout(() => this.#filter()));
    this.#applySort();
    this.#applyFilter();
    this.#report(false);
    this.#watchOverflow();
  }

  /** Turns each column heading into a button that sorts by the column. */
  #addSortButtons(): void {
    for (const th of this.#table.querySelectorAll<HTMLTableCellElement>('thead th[data-column]')) {
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
      this.#headers.set(column, th);
      this.#names.set(column, label.textContent?.trim() ?? column);
      button.addEventListener('click', () => {
        this.#sort = nextSort(this.#sort, column);
        this.#applySort();
        this.#report(true);
      });
    }
  }

  #filter(): void {
    this.#applyFilter();
    this.#report(false);
  }

  #applySort(): void {
    const grouped = isGrouped(this.#sort);
    for (const row of sortRows(this.#rows, this.#sort)) (grouped ? row.group : this.#sortedBody).append(row.el);
    this.#sortedBody.hidden = grouped;
    for (const group of this.#groups) group.hidden = !grouped;
    for (const [column, th] of this.#headers) {
      if (column === this.#sort.column) th.setAttribute('aria-sort', this.#sort.direction);
      else th.removeAttribute('aria-sort');
    }
    this.#table.dataset['sortColumn'] = this.#sort.column;
    this.#table.dataset['sortDirection'] = this.#sort.direction;
  }

  #applyFilter(): void {
    const data = new FormData(this.#form);
    const filter = parseFilter(data.get('education')?.toString(), data.getAll('needs').map(String));
    for (const row of this.#rows) row.el.hidden = !matchesFilter(row, filter);
  }

  /** The caption and the status line say how many levels show, and in what order. */
  #report(withSort: boolean): void {
    const view = {
      sort: this.#sort,
      columnName: this.#names.get(this.#sort.column) ?? this.#sort.column,
      shown: this.#rows.filter((row) => !row.el.hidden).length,
      total: this.#rows.length,
    };
    this.find('[data-matrix-caption]').textContent = captionText(this.#words, view);
    this.find('[data-matrix-status]').textContent = statusText(this.#words, view, withSort);
  }

  /** Marks whether the table is wider than its box, whenever either changes size. */
  #watchOverflow(): void {
    const box = this.find('[data-matrix-scroll]');
    const update = () => {
      this.dataset['overflow'] = box.scrollWidth > box.clientWidth + 1 ? 'yes' : 'no';
    };
    new ResizeObserver(update).observe(box);
    new ResizeObserver(update).observe(this.#table);
    update();
  }
}

defineWidget('kk-requirement-matrix', RequirementMatrix);
