import { fill } from '../lib/widget/text';
import { acrossView, comparisonWith, countsInWords, hasChanges, type AcrossRow, type Comparison } from '../lib/change-summary';
import type { CompareData, CompareLevel } from '../lib/compare-data';
import { compareQuery, parseCompareQuery } from '../lib/compare-state';
import type { Messages } from '../i18n';
import type { LocalizedText } from '../schemas/text';
import { renderDiffList } from './diff-render';
import { defineWidget, Widget } from './widget';

/**
 * The compare page: reads the two levels from the address, shows them side by side from the
 * page's build-time templates, and what differs between them: for two levels of one role the
 * comparison pages' summary and lists; for two roles, aligned columns of what only one has.
 * The address follows the two pickers.
 */
class Compare extends Widget {
  #data!: CompareData;
  #words!: Messages;
  #levels = new Map<string, CompareLevel>();
  #templates = new Map<string, HTMLTemplateElement>();

  protected start(): void {
    this.#data = this.data<CompareData>();
    this.#words = this.#data.words as Messages;
    this.#levels = new Map(this.#data.levels.map((level) => [level.id, level]));
    for (const template of this.querySelectorAll<HTMLTemplateElement>('template[data-level-id]')) {
      this.#templates.set(template.dataset['levelId'] ?? '', template);
    }
    const form = this.find<HTMLFormElement>('form[data-compare-form]');
    const state = parseCompareQuery(location.search, new Set(this.#templates.keys()));
    this.#select('a').value = state.a ?? '';
    this.#select('b').value = state.b ?? '';
    this.#render(state.unknown);
    // The address is left as given, so a wrong link still shows what was wrong after a reload.
    this.#keepAddress(false);
    this.#select('a').addEventListener('change', () => this.#update(false));
    this.#select('b').addEventListener('change', () => this.#update(false));
    form.addEventListener('submit', (event) => {
      // A button with its own formaction (the call-off page's) sends the levels there.
      if (event.submitter?.hasAttribute('formaction')) return;
      event.preventDefault();
      this.#update(true);
    });
  }

  #select(name: 'a' | 'b'): HTMLSelectElement {
    return this.find<HTMLSelectElement>(`select[name="${name}"]`);
  }

  #titleOf(id: string): string {
    return this.#levels.get(id)?.title[this.#data.lang] ?? id;
  }

  #update(moveFocus: boolean): void {
    this.#keepAddress(true);
    const title = this.#render([]);
    this.find('[data-compare-status]').textContent = title;
    if (moveFocus && title) this.find('[data-compare-heading]').focus();
  }

  #keepAddress(rewrite: boolean): void {
    const query = compareQuery(this.#select('a').value || undefined, this.#select('b').value || undefined);
    if (rewrite) history.replaceState(history.state, '', `${location.pathname}${query}`);
    // The language switch keeps the chosen levels too.
    const other = document.querySelector<HTMLAnchorElement>('.language-switch a');
    if (other) other.href = `${new URL(other.href).pathname}${query}`;
  }

  #showMessages(lines: string[]): void {
    const message = this.find('[data-compare-message]');
    message.replaceChildren(...lines.map((line) => Object.assign(document.createElement('p'), { textContent: line })));
    message.hidden = lines.length === 0;
  }

  /** A copy of a level's column, with ids made unique for its place (a or b). */
  #column(id: string, place: 'a' | 'b'): DocumentFragment | undefined {
    const content = this.#templates.get(id)?.content.cloneNode(true) as DocumentFragment | undefined;
    if (!content) return undefined;
    for (const el of content.querySelectorAll('[id]')) el.id = `${place}-${el.id}`;
    for (const el of content.querySelectorAll('[aria-labelledby]')) {
      el.setAttribute('aria-labelledby', `${place}-${el.getAttribute('aria-labelledby')}`);
    }
    return content;
  }

  /** Shows the selected pair; returns the heading text, or '' when there is none to show. */
  #render(unknown: string[]): string {
    const w = this.#words;
    const a = this.#select('a').value;
    const b = this.#select('b').value;
    const result = this.find('[data-compare-result]');
    const diff = this.find('[data-compare-diff]');
    const lines = unknown.map((id) => fill(w.compareUnknown, { id }));
    const columnA = a ? this.#column(a, 'a') : undefined;
    const columnB = b ? this.#column(b, 'b') : undefined;
    result.hidden = true;
    diff.hidden = true;
    if (!columnA || !columnB) {
      this.#showMessages([...lines, w.compareChooseTwo]);
      return '';
    }
    if (a === b) {
      this.#showMessages([...lines, w.compareSameLevel]);
      return '';
    }
    const title = fill(w.compareShowing, { a: this.#titleOf(a), b: this.#titleOf(b) });
    this.find('[data-compare-heading]').textContent = title;
    this.find('[data-compare-columns]').replaceChildren(columnA, columnB);
    result.hidden = false;
    this.#renderDiff(this.#levels.get(a), this.#levels.get(b));
    this.#showMessages(lines);
    return title;
  }

  /** What differs from the first level to the second. */
  #renderDiff(from: CompareLevel | undefined, to: CompareLevel | undefined): void {
    if (!from || !to) return;
    const w = this.#words;
    const { lang, roleTitles } = this.#data;
    const diff = this.find('[data-compare-diff]');
    const titles = (slug: string) => roleTitles[`${from.area}/${slug}`];
    const result = comparisonWith(from, to, w, lang, titles);
    const sameRole = from.roleId === to.roleId;
    const titleA = from.title[lang];
    const titleB = to.title[lang];
    this.find('[data-diff-lead]').textContent = fill(sameRole ? w.compareDiffLead : w.compareAcrossLead, { a: titleA, b: titleB });
    this.find('[data-diff-summary]').replaceChildren(this.#summary(result, sameRole, from.level, to.level));
    const legend = this.find('[data-diff-legend]');
    legend.hidden = !sameRole;
    for (const el of legend.querySelectorAll<HTMLElement>('[data-legend]')) {
      el.textContent = fill(w.compareLegendOnly, { level: el.dataset['legend'] === 'a' ? titleA : titleB });
    }
    for (const list of ['tasks', 'requirements'] as const) {
      const holder = this.find(`[data-diff-list="${list}"]`);
      const changes = result[list];
      if (sameRole) {
        const pattern = this.find<HTMLTemplateElement>(`template[data-diff-pattern="${list}"]`);
        const unchanged = list === 'tasks' ? w.unchangedTasks : w.unchangedRequirements;
        const rendered = renderDiffList(pattern, changes, lang, unchanged);
        holder.replaceChildren(...(rendered ? [rendered] : []));
      } else {
        holder.replaceChildren(...this.#across(acrossView<LocalizedText>(changes, lang), list, titleA, titleB));
      }
    }
    diff.hidden = false;
  }

  /** The counts and the sentence summary, as on the comparison pages. */
  #summary(result: Comparison, sameRole: boolean, from: number, to: number): HTMLElement {
    const w = this.#words;
    const section = this.#element('div', 'change-summary');
    section.dataset['changeSummary'] = '';
    if (sameRole) {
      section.append(
        this.#element('p', '', hasChanges(result.taskCounts) ? countsInWords(result.taskCounts, 'tasks', w) : fill(w.tasksSame, { from, to })),
        this.#element(
          'p',
          '',
          hasChanges(result.requirementCounts) ? countsInWords(result.requirementCounts, 'requirements', w) : fill(w.requirementsSame, { from, to }),
        ),
      );
    }
    if (result.summary.length === 0) {
      if (!sameRole) section.append(this.#element('p', '', w.compareSameRequirements));
      return section;
    }
    const heading = this.#element('h3', '', w.requirementChangesHeading);
    heading.id = 'compare-requirement-changes';
    const list = this.#element('ul', 'change-lines');
    list.setAttribute('aria-labelledby', heading.id);
    const direction = { raised: w.directionRaised, lowered: w.directionLowered, changed: w.directionChanged };
    for (const line of result.summary) {
      const li = this.#element('li');
      li.dataset['change'] = line.kind;
      if (line.kind === 'changed') {
        li.dataset['direction'] = line.direction;
        const arrow = this.#element('span', '', '→');
        arrow.setAttribute('aria-hidden', 'true');
        li.append(
          this.#element('strong', '', line.label),
          ` (${direction[line.direction]}): ${line.from} `,
          arrow,
          this.#element('span', 'visually-hidden', ` ${w.changesTo} `),
          ` ${line.to}`,
        );
      } else if (line.kind === 'added') {
        li.append(this.#element('strong', '', `${w.changeNew}:`), ` ${line.to}`);
      } else if (line.kind === 'removed') {
        li.append(this.#element('strong', '', `${w.changeDropped}:`), ` ${line.from}`);
      } else {
        li.append(this.#element('strong', '', `${line.label}:`), ` ${w.changeRewordedOnly}`);
      }
      list.append(li);
    }
    section.append(heading, list);
    return section;
  }

  /** Two roles: a folded group of what both have, then aligned columns of what differs. */
  #across(view: ReturnType<typeof acrossView<LocalizedText>>, list: 'tasks' | 'requirements', titleA: string, titleB: string): Node[] {
    const w = this.#words;
    const lang = this.#data.lang;
    const nodes: Node[] = [];
    if (view.both.length > 0) {
      const details = this.#element('details', 'across-both');
      const items = this.#element('ul');
      items.append(...view.both.map((item) => this.#element('li', '', item[lang])));
      details.append(this.#element('summary', '', fill(w.compareInBoth, { n: view.both.length })), items);
      nodes.push(details);
    }
    if (view.rows.length === 0) return nodes;
    const table = this.#element('table', 'across');
    table.dataset['list'] = list;
    const head = this.#element('thead');
    const headRow = this.#element('tr');
    const labels = [fill(w.compareOnlyIn, { level: titleA }), fill(w.compareOnlyIn, { level: titleB })];
    for (const label of labels) {
      const th = this.#element('th', '', label);
      th.scope = 'col';
      headRow.append(th);
    }
    head.append(headRow);
    const body = this.#element('tbody');
    for (const row of view.rows) body.append(this.#row(row, labels));
    table.append(head, body);
    nodes.push(table);
    return nodes;
  }

  #row(row: AcrossRow, labels: string[]): HTMLTableRowElement {
    const tr = this.#element('tr');
    tr.dataset['change'] = row.kind;
    [row.a, row.b].forEach((parts, index) => {
      const td = this.#element('td');
      td.dataset['label'] = labels[index] ?? '';
      if (parts) {
        td.append(...parts.map((part) => (part.differs ? this.#element('mark', '', part.text) : part.text)));
      } else {
        const dash = this.#element('span', 'across-missing', '–');
        dash.setAttribute('aria-hidden', 'true');
        td.append(dash, this.#element('span', 'visually-hidden', this.#words.compareMissing));
      }
      tr.append(td);
    });
    return tr;
  }

  #element<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
    const el = document.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  }
}

defineWidget('kk-compare', Compare);
