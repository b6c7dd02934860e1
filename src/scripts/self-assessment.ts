import type { YearsProblem } from '../lib/eligibility/answers';
import { evaluate, type RoleOutcome } from '../lib/eligibility/evaluate';
import { explain, type Explanation } from '../lib/eligibility/explain';
import { fill } from '../lib/widget/text';
import type { EligibilityMessages } from '../lib/eligibility/messages';
import type { WidgetData } from '../lib/eligibility/page-data';
import { deriveQuestions } from '../lib/eligibility/questions';
import { parseQuery, toQuery, type Notice, type ParsedQuery } from '../lib/eligibility/url';

/**
 * The self-assessment in the browser. The form's controls are named like the URL's parameters,
 * so the form is read with the same parser as the address; the answers go back into the
 * address with history.replaceState and nowhere else.
 */

const yearsMessages: Record<YearsProblem, keyof EligibilityMessages> = {
  'not-number': 'saYearsNotNumber',
  whole: 'saYearsWhole',
  negative: 'saYearsNegative',
  'too-many': 'saYearsTooMany',
};

/** Delay before the live region speaks, so it does not talk over every keystroke. */
const ANNOUNCE_AFTER_MS = 600;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function startSelfAssessment(): void {
  const root = document.getElementById('sa');
  const dataElement = document.getElementById('sa-data');
  const form = document.getElementById('sa-form');
  if (!root || !dataElement || !(form instanceof HTMLFormElement)) return;
  mount(root, form, JSON.parse(dataElement.textContent ?? '') as WidgetData);
}

function mount(root: HTMLElement, form: HTMLFormElement, data: WidgetData): void {
  const m = data.messages;
  const questions = deriveQuestions(data.roles);
  const slugs = data.roles.map((role) => role.slug);
  const parse = (search: string) => parseQuery(search, questions, slugs);
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const list = root.querySelector<HTMLElement>('[data-results]')!;
  const nothing = root.querySelector<HTMLElement>('[data-nothing]')!;
  const notices = root.querySelector<HTMLElement>('[data-notices]')!;
  const sections = new Map([...list.querySelectorAll<HTMLElement>('[data-role]')].map((s) => [s.dataset['role']!, s]));
  let announceTimer: number | undefined;

  const formQuery = () => new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString();

  /** Puts parsed answers into the controls: the URL's own tokens are the controls' values. */
  function fillForm(parsed: ParsedQuery) {
    form.reset();
    const params = new URLSearchParams(toQuery(parsed.answers, parsed.view, questions));
    for (const control of form.elements) {
      if (!(control instanceof HTMLInputElement || control instanceof HTMLSelectElement) || !control.name) continue;
      const value = params.get(control.name);
      if (value === null) continue;
      if (control instanceof HTMLInputElement && control.type === 'checkbox') {
        control.checked = value.split(',').includes(control.value);
      } else {
        control.value = value;
      }
    }
  }

  function showNotices(found: ReadonlyArray<Notice>) {
    const items = notices.querySelector('ul')!;
    items.replaceChildren(
      ...found.slice(0, 10).map((notice) => {
        const param = notice.param.slice(0, 40);
        const value = notice.value.slice(0, 40);
        const text =
          notice.reason === 'unknown-parameter'
            ? fill(m.saNoticeUnknownParameter, { param })
            : notice.reason === 'unknown-value'
              ? fill(m.saNoticeUnknownValue, { param, value })
              : notice.reason === 'too-many-parameters'
                ? m.saNoticeTooMany
                : fill(m.saNoticeYears, { param, problem: m[yearsMessages[notice.reason]] });
        return element('li', '', text);
      }),
    );
    notices.querySelector('p')!.textContent = m.saNoticesHeading;
    notices.hidden = found.length === 0;
  }

  /** Marks the years fields the parser refused, with the reason tied to the field. */
  function showFieldErrors(found: ReadonlyArray<Notice>) {
    for (const input of form.querySelectorAll<HTMLInputElement>('input[data-error]')) {
      const notice = found.find((n) => n.param === input.name);
      const error = document.getElementById(input.dataset['error']!)!;
      const described = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== error.id);
      const problem = notice && notice.reason in yearsMessages ? m[yearsMessages[notice.reason as YearsProblem]] : '';
      error.textContent = problem;
      error.hidden = !problem;
      if (problem) {
        input.setAttribute('aria-invalid', 'true');
        described.push(error.id);
      } else {
        input.removeAttribute('aria-invalid');
      }
      if (described.length > 0) input.setAttribute('aria-describedby', described.join(' '));
      else input.removeAttribute('aria-describedby');
    }
  }

  function explanationNode(explanation: Explanation): HTMLElement {
    if (explanation.text !== undefined) return element('span', '', explanation.text);
    const box = element('div', 'sa-parts');
    box.append(element('span', 'sa-parts-label', explanation.label));
    const items = element('ul');
    for (const part of explanation.parts ?? []) {
      const item = element('li', part.met ? 'sa-met' : 'sa-unmet');
      item.append(element('span', 'visually-hidden', `${part.met ? m.saMet : m.saNotMet}: `), explanationNode(part));
      items.append(item);
    }
    box.append(items);
    return box;
  }

  function renderRole(outcome: RoleOutcome, onlyMet: boolean) {
    const section = sections.get(outcome.slug);
    const role = data.roles.find((r) => r.slug === outcome.slug);
    if (!section || !role) return;
    const context = { messages: m, role: role.name, roleName: (slug: string) => data.roles.find((r) => r.slug === slug)?.name ?? slug };
    const titleOf = (level: number) => role.levels.find((l) => l.level === level)?.title ?? String(level);

    for (const level of outcome.levels) {
      const article = section.querySelector<HTMLElement>(`[data-level-id="${CSS.escape(level.id)}"]`);
      if (!article) continue;
      article.dataset['eligible'] = String(level.eligible);
      article.hidden = onlyMet && !level.eligible;
      article.querySelector('[data-verdict]')!.textContent = level.eligible ? m.saEligible : m.saNotEligible;
      article.querySelectorAll<HTMLElement>('.sa-requirement').forEach((item, index) => {
        const requirement = level.requirements[index];
        if (!requirement) return;
        item.dataset['met'] = String(requirement.met);
        item.querySelector('[data-mark]')!.textContent = requirement.met ? m.saMet : m.saNotMet;
        item.querySelector('[data-reason]')!.replaceChildren(explanationNode(explain(requirement, context)));
      });
    }
    // Levels met first, then by number.
    const ordered = [...outcome.levels].sort((a, b) => Number(b.eligible) - Number(a.eligible) || a.level - b.level);
    for (const level of ordered) {
      const article = section.querySelector(`[data-level-id="${CSS.escape(level.id)}"]`);
      if (article) section.append(article);
    }

    const summary = section.querySelector<HTMLElement>('[data-summary]')!;
    const lines: Node[] = [
      element('p', '', outcome.highest === null ? m.saHighestNone : fill(m.saHighest, { level: titleOf(outcome.highest) })),
    ];
    if (outcome.next) {
      lines.push(element('p', '', fill(m.saNext, { level: titleOf(outcome.next.level) })));
      const missing = element('ul', 'sa-missing');
      for (const requirement of outcome.next.requirements) {
        if (requirement.met) continue;
        const item = element('li');
        item.append(explanationNode(explain(requirement, context)));
        missing.append(item);
      }
      lines.push(missing);
    } else if (outcome.highest !== null && outcome.highest === Math.max(...outcome.levels.map((l) => l.level))) {
      lines.push(element('p', '', m.saTop));
    }
    summary.replaceChildren(...lines);
  }

  /** Says the count in the live region once the candidate pauses. */
  function announce(text: string) {
    window.clearTimeout(announceTimer);
    announceTimer = window.setTimeout(() => {
      status.textContent = text;
    }, ANNOUNCE_AFTER_MS);
  }

  /** Shows the outcome of the answers; gives back the count of levels met, in words. */
  function render(parsed: ParsedQuery): string {
    const { role, onlyMet } = parsed.view;
    const outcomes = evaluate(data.roles, parsed.answers);
    let met = 0;
    let total = 0;
    for (const outcome of outcomes) {
      renderRole(outcome, onlyMet);
      const shown = role === null || role === outcome.slug;
      const eligible = outcome.levels.filter((l) => l.eligible).length;
      if (shown) {
        met += eligible;
        total += outcome.levels.length;
      }
      sections.get(outcome.slug)!.hidden = !shown || (onlyMet && eligible === 0);
    }
    // Roles with a level met first; otherwise the page's (alphabetical) order.
    const order = [...outcomes].sort((a, b) => Number(b.highest !== null) - Number(a.highest !== null) || slugs.indexOf(a.slug) - slugs.indexOf(b.slug));
    for (const outcome of order) list.append(sections.get(outcome.slug)!);
    nothing.hidden = !(onlyMet && met === 0);

    // Only the questions the chosen role needs; a group with none left disappears.
    for (const wrapper of form.querySelectorAll<HTMLElement>('[data-roles]')) {
      wrapper.hidden = role !== null && !wrapper.dataset['roles']!.split(' ').includes(role);
    }
    for (const group of form.querySelectorAll<HTMLFieldSetElement>('[data-group]')) {
      group.hidden = [...group.querySelectorAll<HTMLElement>('[data-roles]')].every((w) => w.hidden);
    }

    return fill(total === 1 ? m.saCountOne : m.saCount, { met, total });
  }

  function update(): string {
    const parsed = parse(formQuery());
    showFieldErrors(parsed.notices);
    const query = toQuery(parsed.answers, parsed.view, questions);
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    // The other language's page gets the same answers.
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[hreflang]')) {
      link.search = query;
    }
    return render(parsed);
  }

  const initial = parse(location.search);
  fillForm(initial);
  showNotices(initial.notices);
  const onChange = () => announce(update());
  // On the root, not the form: "show only what I meet" belongs to the form but sits outside it.
  root.addEventListener('input', onChange);
  root.addEventListener('change', onChange);
  form.addEventListener('submit', (event) => event.preventDefault());
  root.querySelector('[data-clear]')!.addEventListener('click', () => {
    const { view } = parse(formQuery());
    fillForm({ answers: parse('').answers, view, notices: [] });
    showNotices([]);
    announce(`${m.saCleared} ${update()}`);
  });

  document.querySelector<HTMLElement>('[data-noscript]')!.hidden = true;
  root.hidden = false;
  status.textContent = update();
}
