import { defaultLocale, isLocale } from '../i18n/locales';
import { compareQuery, parseCompareQuery } from '../lib/compare-state';
import { fill } from '../lib/widget/text';
import { compareLevels } from '../lib/level-diff';
import type { Level } from '../schemas/role';
import { renderDiffList } from './diff-render';

/**
 * The compare page: reads the two levels from the address, shows them side by side from the
 * page's build-time templates, and keeps the address in step with the two pickers.
 */
export function enableCompare(root: Document = document): void {
  const form = root.querySelector<HTMLFormElement>('[data-compare-form]');
  const result = root.querySelector<HTMLElement>('[data-compare-result]');
  const heading = result?.querySelector<HTMLElement>('[data-compare-heading]');
  const columns = result?.querySelector<HTMLElement>('[data-compare-columns]');
  const message = root.querySelector<HTMLElement>('[data-compare-message]');
  const status = root.querySelector<HTMLElement>('[data-compare-status]');
  const selectA = form?.querySelector<HTMLSelectElement>('select[name="a"]');
  const selectB = form?.querySelector<HTMLSelectElement>('select[name="b"]');
  if (!form || !result || !heading || !columns || !message || !status || !selectA || !selectB) return;

  const templates = new Map<string, HTMLTemplateElement>();
  for (const template of root.querySelectorAll<HTMLTemplateElement>('template[data-level-id]')) {
    templates.set(template.dataset['levelId'] ?? '', template);
  }
  const texts = form.dataset;
  const lang = isLocale(root.documentElement.lang) ? root.documentElement.lang : defaultLocale;
  const diff = root.querySelector<HTMLElement>('[data-compare-diff]');
  const levels = readLevels(root);

  /** What differs from the first level to the second, in the comparison pages' list markup. */
  const renderDiff = (a: string, b: string, titleA: string, titleB: string): void => {
    if (!diff) return;
    const from = levels.get(a);
    const to = levels.get(b);
    const tasksPattern = root.querySelector<HTMLTemplateElement>('template[data-diff-pattern="tasks"]');
    const requirementsPattern = root.querySelector<HTMLTemplateElement>('template[data-diff-pattern="requirements"]');
    const tasksHolder = diff.querySelector('[data-diff-list="tasks"]');
    const requirementsHolder = diff.querySelector('[data-diff-list="requirements"]');
    const lead = diff.querySelector('[data-diff-lead]');
    diff.hidden = true;
    if (!from || !to || !tasksPattern || !requirementsPattern || !tasksHolder || !requirementsHolder || !lead) return;
    const changes = compareLevels(from, to);
    const tasks = renderDiffList(tasksPattern, changes.tasks, lang, diff.dataset['unchangedTasks'] ?? '{n}');
    const requirements = renderDiffList(requirementsPattern, changes.requirements, lang, diff.dataset['unchangedRequirements'] ?? '{n}');
    if (!tasks || !requirements) return;
    tasksHolder.replaceChildren(tasks);
    requirementsHolder.replaceChildren(requirements);
    lead.textContent = fill(diff.dataset['lead'] ?? '', { a: titleA, b: titleB });
    for (const el of diff.querySelectorAll('[data-title="a"]')) el.textContent = titleA;
    for (const el of diff.querySelectorAll('[data-title="b"]')) el.textContent = titleB;
    diff.hidden = false;
  };
  const titleOf = (select: HTMLSelectElement) => select.selectedOptions[0]?.textContent?.trim() ?? '';

  /** A copy of a level's column, with ids made unique for its place (a or b). */
  const column = (id: string, place: 'a' | 'b'): Node | undefined => {
    const content = templates.get(id)?.content.cloneNode(true) as DocumentFragment | undefined;
    if (!content) return undefined;
    for (const el of content.querySelectorAll('[id]')) el.id = `${place}-${el.id}`;
    for (const el of content.querySelectorAll('[aria-labelledby]')) {
      el.setAttribute('aria-labelledby', `${place}-${el.getAttribute('aria-labelledby')}`);
    }
    return content;
  };

  const showMessages = (lines: string[]) => {
    message.replaceChildren(...lines.map((line) => Object.assign(root.createElement('p'), { textContent: line })));
    message.hidden = lines.length === 0;
  };

  /** Shows the selected pair; returns the heading text, or '' when there is no pair. */
  const render = (unknown: string[]): string => {
    const a = selectA.value;
    const b = selectB.value;
    const lines = unknown.map((id) => fill(texts['unknown'] ?? '', { id }));
    const columnA = a ? column(a, 'a') : undefined;
    const columnB = b ? column(b, 'b') : undefined;
    if (!columnA || !columnB) {
      columns.replaceChildren();
      result.hidden = true;
      if (diff) diff.hidden = true;
      showMessages([...lines, texts['chooseTwo'] ?? '']);
      return '';
    }
    const title = fill(texts['showing'] ?? '', { a: titleOf(selectA), b: titleOf(selectB) });
    heading.textContent = title;
    columns.replaceChildren(columnA, columnB);
    result.hidden = false;
    renderDiff(a, b, titleOf(selectA), titleOf(selectB));
    showMessages(lines);
    return title;
  };

  const keepAddress = (rewrite: boolean) => {
    const query = compareQuery(selectA.value || undefined, selectB.value || undefined);
    if (rewrite) history.replaceState(history.state, '', `${location.pathname}${query}`);
    // The language switch keeps the chosen levels too.
    const other = root.querySelector<HTMLAnchorElement>('.language-switch a');
    if (other) other.href = `${new URL(other.href).pathname}${query}`;
  };

  const update = (moveFocus: boolean) => {
    keepAddress(true);
    const title = render([]);
    status.textContent = title;
    if (moveFocus && title) heading.focus();
  };

  const state = parseCompareQuery(location.search, new Set(templates.keys()));
  selectA.value = state.a ?? '';
  selectB.value = state.b ?? '';
  render(state.unknown);
  // The address is left as given, so a wrong link still shows what was wrong after a reload.
  keepAddress(false);

  selectA.addEventListener('change', () => update(false));
  selectB.addEventListener('change', () => update(false));
  form.addEventListener('submit', (event) => {
    // A button with its own formaction (the call-off page's) sends the levels there.
    if (event.submitter?.hasAttribute('formaction')) return;
    event.preventDefault();
    update(true);
  });
  for (const el of root.querySelectorAll<HTMLElement>('[data-compare-no-js]')) el.hidden = true;
}

/** The levels' tasks and requirements, from the page's build-time data; none if it is unreadable. */
function readLevels(root: Document): Map<string, Level & { id: string }> {
  const data = root.querySelector('script[data-compare-levels]')?.textContent;
  try {
    const list = JSON.parse(data ?? '[]') as Array<Level & { id: string }>;
    return new Map(list.map((level) => [level.id, level]));
  } catch {
    return new Map();
  }
}
