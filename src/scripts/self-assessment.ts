import type { YearsProblem } from '../lib/eligibility/answers';
import { evaluate, type RoleOutcome } from '../lib/eligibility/evaluate';
import { explain, yearsText, type ExplainContext, type Explanation } from '../lib/eligibility/explain';
import type { EligibilityMessageKey, EligibilityMessages } from '../lib/eligibility/messages';
import type { WidgetData } from '../lib/eligibility/page-data';
import { deriveQuestions } from '../lib/eligibility/questions';
import { rolesInReach, summarize } from '../lib/eligibility/summary';
import { parseQuery, toQuery, type Notice, type ParsedQuery } from '../lib/eligibility/url';
import { emptyJob, experienceFromJobs, isBlank, jobsFromYears, jobTime, sameYears, type Job, type JobProblem } from '../lib/candidate/jobs';
import { today } from '../lib/candidate/periods';
import { emptyProfile, profileFileName, profileJson, STORAGE_KEY, type Profile } from '../lib/candidate/profile';
import { fill } from '../lib/widget/text';
import { defineWidget, Widget } from './widget';

/**
 * The self-assessment in the browser. Jobs give the years; the other controls are named like the
 * address's parameters and read with the same parser. Numbers and levels go back into the
 * address; names, employers, dates and free text stay in the page, and are kept in local storage
 * only after "save in this browser".
 */

const problemKeys: Record<YearsProblem | JobProblem, EligibilityMessageKey> = {
  'not-number': 'saYearsNotNumber',
  negative: 'saYearsNegative',
  'too-many': 'saYearsTooMany',
  'role-missing': 'saJobRoleMissing',
  'time-missing': 'saJobTimeMissing',
  'from-missing': 'saJobFromMissing',
  'from-not-date': 'saJobNotDate',
  'from-no-such-date': 'saJobNoSuchDate',
  'to-missing': 'saJobToMissing',
  'to-not-date': 'saJobNotDate',
  'to-no-such-date': 'saJobNoSuchDate',
  'ends-before-start': 'saJobEndsBeforeStart',
  'starts-in-future': 'saJobFuture',
};

/** Delay before the live region speaks, so it does not talk over every keystroke. */
const ANNOUNCE_AFTER_MS = 600;
/** Notices shown from the address; the rest are counted. */
const NOTICES_SHOWN = 10;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Local storage, or nothing where the browser refuses it. */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

class SelfAssessment extends Widget {
  private d!: WidgetData;
  private m!: EligibilityMessages;
  private form!: HTMLFormElement;
  private questions!: ReturnType<typeof deriveQuestions>;
  private saving = false;
  private announceTimer: number | undefined;
  private jobCount = 0;

  protected start(): void {
    this.d = this.data<WidgetData>();
    this.m = this.d.messages;
    this.form = this.find<HTMLFormElement>('form');
    this.questions = deriveQuestions(this.d.roles);

    const initial = this.parse(location.search);
    this.load(initial, null);
    this.showNotices(initial.notices);
    // What was saved in this browser: its schema is loaded only when there is something to read.
    const saved = storage()?.getItem(STORAGE_KEY);
    if (saved) {
      void import('../lib/candidate/profile-schema').then(({ readProfile }) => {
        const stored = readProfile(saved);
        if (!stored) return;
        this.saving = true;
        this.load(initial, stored);
        this.update();
      });
    }

    const onChange = (event: Event) => {
      const target = event.target as HTMLElement;
      if (target.matches('[data-open-profile]')) return;
      // Free text changes no answer: it is only kept, when the candidate chose to keep it.
      if (target.matches('[data-personal], [data-evidence], [data-field="employer"]')) {
        if (this.saving) this.store(this.profile(location.search.slice(1)));
        return;
      }
      this.announce(this.update());
    };
    this.addEventListener('input', onChange);
    this.addEventListener('change', onChange);
    this.form.addEventListener('submit', (event) => event.preventDefault());
    this.addEventListener('click', (event) => this.onClick(event));
    this.find<HTMLInputElement>('[data-open-profile]').addEventListener('change', (event) => void this.openFile(event.target as HTMLInputElement));

    // The bar to the answer shows only while the answer is out of sight.
    const bar = this.find('[data-bar]');
    new IntersectionObserver(([entry]) => {
      bar.hidden = entry?.isIntersecting ?? false;
    }).observe(this.find('#sa-result'));
    this.find('[data-status]').textContent = this.update();
  }

  private parse(search: string): ParsedQuery {
    return parseQuery(search, this.questions, this.d.roles.map((role) => role.slug));
  }

  /**
   * Fills the page from the address and, when the candidate chose to save, from storage. The
   * saved jobs are used when they give the years the address has (the same answers, with their
   * dates); otherwise the address's years become jobs given in years.
   */
  private load(parsed: ParsedQuery, stored: Profile | null) {
    let source = parsed;
    if (stored && location.search === '' && stored.query) source = this.parse(stored.query);
    const answers = source.answers;
    const fromStore = stored
      ? experienceFromJobs(stored.jobs, today())
      : undefined;
    const jobs =
      stored && fromStore && sameYears(fromStore.inRole, answers.inRole) && sameYears(fromStore.similarWork, answers.similarWork)
        ? stored.jobs
        : jobsFromYears(answers);
    this.fillForm(source);
    this.setJobs(jobs);
    this.setPersonal(stored ?? emptyProfile());
    this.find('[data-save]').setAttribute('aria-pressed', String(this.saving));
  }

  /** Puts parsed answers into the controls: the URL's own tokens are the controls' values. */
  private fillForm(parsed: ParsedQuery) {
    this.form.reset();
    const visa = this.find<HTMLInputElement>('#sa-visa');
    visa.checked = parsed.view.onlyMet;
    const params = new URLSearchParams(toQuery(parsed.answers, parsed.view, this.questions));
    for (const control of this.form.elements) {
      if (!(control instanceof HTMLInputElement || control instanceof HTMLSelectElement) || !control.name) continue;
      const value = params.get(control.name);
      if (value === null) continue;
      if (control instanceof HTMLInputElement && control.type === 'checkbox') control.checked = value.split(',').includes(control.value);
      else control.value = value;
    }
  }

  private setPersonal(profile: Profile) {
    this.find<HTMLInputElement>('[data-personal="education"]').value = profile.education;
    this.find<HTMLInputElement>('[data-personal="name"]').value = profile.name;
    this.find<HTMLInputElement>('[data-personal="supplier"]').value = profile.supplier;
    for (const input of this.querySelectorAll<HTMLInputElement>('[data-evidence]')) input.value = profile.evidence[input.dataset['evidence']!] ?? '';
  }

  // Jobs ---------------------------------------------------------------------------------------

  private jobList(): HTMLElement {
    return this.find('[data-jobs]');
  }

  private setJobs(jobs: ReadonlyArray<Job>) {
    this.jobList().replaceChildren();
    this.jobCount = 0;
    for (const job of jobs.length > 0 ? jobs : [emptyJob()]) this.addJob(job);
  }

  /** A job's fieldset from the template, its ids numbered, filled with the job. */
  private addJob(job: Job): HTMLElement {
    this.jobCount += 1;
    const template = this.find<HTMLTemplateElement>('[data-job-template]');
    const item = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
    for (const node of item.querySelectorAll('[id], [for], [aria-describedby]')) {
      for (const attribute of ['id', 'for', 'aria-describedby']) {
        const value = node.getAttribute(attribute);
        if (value) node.setAttribute(attribute, value.replaceAll('-N-', `-${this.jobCount}-`));
      }
    }
    const field = (name: string) => item.querySelector<HTMLInputElement & HTMLSelectElement>(`[data-field="${name}"]`)!;
    field('role').value = job.role ? `${job.kind === 'in-role' ? 'som' : 'liknande'}:${job.role}` : '';
    field('employer').value = job.employer;
    field('from').value = job.from;
    field('to').value = job.to;
    field('ongoing').checked = job.ongoing;
    field('years').value = job.years;
    this.jobList().append(item);
    this.numberJobs();
    return item;
  }

  /** Legends and remove buttons say which job they belong to: "Jobb 2". */
  private numberJobs() {
    this.jobList()
      .querySelectorAll<HTMLElement>('[data-job]')
      .forEach((item, index) => {
        item.querySelector('[data-job-legend]')!.textContent = fill(this.m.saJobLegend, { n: index + 1 });
        item.querySelector('[data-remove-job]')!.textContent = fill(this.m.saJobRemove, { n: index + 1 });
      });
  }

  private readJob(item: HTMLElement): Job {
    const field = (name: string) => item.querySelector<HTMLInputElement & HTMLSelectElement>(`[data-field="${name}"]`)!;
    const [prefix = '', role = ''] = field('role').value.split(':');
    return {
      role,
      kind: prefix === 'liknande' ? 'similar' : 'in-role',
      employer: field('employer').value,
      from: field('from').value,
      to: field('to').value,
      ongoing: field('ongoing').checked,
      years: field('years').value,
    };
  }

  /** The jobs as typed, and each job's element. */
  private jobs(): Array<{ job: Job; item: HTMLElement }> {
    return [...this.jobList().querySelectorAll<HTMLElement>('[data-job]')].map((item) => ({ job: this.readJob(item), item }));
  }

  /** Marks each job's problem next to the field it is about, or says what the job counts as. */
  private showJobs(jobs: Array<{ job: Job; item: HTMLElement }>, day: number) {
    for (const { job, item } of jobs) {
      const time = isBlank(job) ? undefined : jobTime(job, day);
      const wrong = time && !time.ok ? time : undefined;
      for (const error of item.querySelectorAll<HTMLElement>('[data-error-for]')) {
        const here = wrong?.field === error.dataset['errorFor'];
        error.textContent = here ? this.m[problemKeys[wrong!.problem]] : '';
        error.hidden = !here;
        const control = item.querySelector(`[data-field="${error.dataset['errorFor']}"]`)!;
        if (here) control.setAttribute('aria-invalid', 'true');
        else control.removeAttribute('aria-invalid');
      }
      item.querySelector('[data-job-counts]')!.textContent = time?.ok ? fill(this.m.saJobCounts, { years: yearsText(time.years, this.m) }) : '';
    }
  }

  // Reading the answers -----------------------------------------------------------------------------

  private formQuery(): string {
    return new URLSearchParams(new FormData(this.form) as unknown as Record<string, string>).toString();
  }

  /** Everything the candidate has given, personal details included, as a profile. */
  private profile(query: string): Profile {
    const evidence: Record<string, string> = {};
    for (const input of this.querySelectorAll<HTMLInputElement>('[data-evidence]')) {
      if (input.value.trim()) evidence[input.dataset['evidence']!] = input.value;
    }
    return {
      ...emptyProfile(),
      query,
      jobs: this.jobs()
        .map(({ job }) => job)
        .filter((job) => !isBlank(job)),
      education: this.find<HTMLInputElement>('[data-personal="education"]').value,
      evidence,
      name: this.find<HTMLInputElement>('[data-personal="name"]').value,
      supplier: this.find<HTMLInputElement>('[data-personal="supplier"]').value,
    };
  }

  /** Reads the page, shows the outcome, keeps the address (and, if chosen, storage) up to date. */
  private update(): string {
    const day = today();
    const jobs = this.jobs();
    this.showJobs(jobs, day);
    const parsed = this.parse(this.formQuery());
    const experience = experienceFromJobs(
      jobs.map(({ job }) => job),
      day,
    );
    const answers = { ...parsed.answers, inRole: experience.inRole, similarWork: experience.similarWork };
    const query = toQuery(answers, parsed.view, this.questions);
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    // The other language's page gets the same answers.
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[hreflang]')) link.search = query;
    if (this.saving) this.store(this.profile(query));
    return this.render({ answers, view: parsed.view, notices: [] });
  }

  // Showing the outcome -----------------------------------------------------------------------------

  private context(slug: string): ExplainContext {
    const name = (s: string) => this.d.roles.find((r) => r.slug === s)?.name ?? s;
    return { messages: this.m, lang: this.d.lang, role: name(slug), roleName: name };
  }

  private levelTitle(id: string): string {
    for (const role of this.d.roles) for (const level of role.levels) if (level.id === id) return level.title;
    return id;
  }

  private explanationNode(explanation: Explanation): HTMLElement {
    if (explanation.text !== undefined) return element('span', '', explanation.text);
    const box = element('div', 'sa-parts');
    box.append(element('span', 'sa-parts-label', explanation.label));
    const items = element('ul');
    for (const part of explanation.parts ?? []) {
      const item = element('li', part.met ? 'sa-met' : 'sa-unmet');
      item.append(element('span', 'visually-hidden', `${part.met ? this.m.saMet : this.m.saNotMet}: `), this.explanationNode(part));
      items.append(item);
    }
    box.append(items);
    return box;
  }

  private renderRole(outcome: RoleOutcome, onlyMet: boolean) {
    const section = this.find(`[data-role="${outcome.slug}"]`);
    const context = this.context(outcome.slug);
    for (const level of outcome.levels) {
      const article = section.querySelector<HTMLElement>(`[data-level-id="${level.id}"]`);
      if (!article) continue;
      article.dataset['eligible'] = String(level.eligible);
      article.hidden = onlyMet && !level.eligible;
      article.querySelector('[data-verdict]')!.textContent = level.eligible ? this.m.saEligible : this.m.saNotEligible;
      article.querySelectorAll<HTMLElement>('.sa-requirement').forEach((item, index) => {
        const requirement = level.requirements[index];
        if (!requirement) return;
        item.dataset['met'] = String(requirement.met);
        item.querySelector('[data-mark]')!.textContent = requirement.met ? this.m.saMet : this.m.saNotMet;
        item.querySelector('[data-reason]')!.replaceChildren(this.explanationNode(explain(requirement, context)));
      });
    }
    // Levels met first, then by number.
    for (const level of [...outcome.levels].sort((a, b) => Number(b.eligible) - Number(a.eligible) || a.level - b.level)) {
      const article = section.querySelector(`[data-level-id="${level.id}"]`);
      if (article) section.append(article);
    }
  }

  private link(id: string, text: string): HTMLAnchorElement {
    const anchor = element('a', '', text);
    const [, role, level] = id.split('/');
    anchor.href = `#sa-${role}-${level}`;
    return anchor;
  }

  /** Shows the outcome of the answers; gives back the count of levels met, in words. */
  private render(parsed: ParsedQuery): string {
    const { answers, view } = parsed;
    const outcomes = evaluate(this.d.roles, answers);
    const list = this.find('[data-results]');
    let met = 0;
    let total = 0;
    for (const outcome of outcomes) {
      this.renderRole(outcome, view.onlyMet);
      const shown = view.role === null || view.role === outcome.slug;
      const eligible = outcome.levels.filter((l) => l.eligible).length;
      if (shown) {
        met += eligible;
        total += outcome.levels.length;
      }
      this.find(`[data-role="${outcome.slug}"]`).hidden = !shown || (view.onlyMet && eligible === 0);
    }
    // Roles with a level met first; otherwise the page's (alphabetical) order.
    const slugs = this.d.roles.map((r) => r.slug);
    for (const outcome of [...outcomes].sort((a, b) => Number(b.highest !== null) - Number(a.highest !== null) || slugs.indexOf(a.slug) - slugs.indexOf(b.slug))) {
      list.append(this.find(`[data-role="${outcome.slug}"]`));
    }
    this.find('[data-nothing]').hidden = !(view.onlyMet && met === 0);

    // The answer first.
    const reach = rolesInReach(answers, view.role);
    const summary = summarize(outcomes, answers, reach, (slug) => this.context(slug));
    this.find('[data-start]').hidden = summary.answered;
    this.find('[data-summary]').hidden = !summary.answered;
    this.find('[data-met]').replaceChildren(...summary.met.map((l) => element('li').appendChild(this.link(l.id, this.levelTitle(l.id))).parentElement!));
    this.find('[data-met-none]').hidden = summary.met.length > 0;
    this.find('[data-nearly]').replaceChildren(
      ...summary.nearly.map((l) => {
        const item = element('li');
        item.append(this.link(l.id, this.levelTitle(l.id)), `: ${l.gaps.join(', ')}`);
        return item;
      }),
    );
    this.find('[data-nearly-box]').hidden = summary.nearly.length === 0;
    this.find('[data-nearly-more]').textContent = summary.more > 0 ? fill(this.m.saNearlyMore, { n: summary.more }) : '';
    this.find('[data-bar-link]').textContent = fill(summary.met.length === 1 ? this.m.saBarOne : this.m.saBar, { n: summary.met.length });

    // Only the questions the roles in reach need, and those already answered.
    for (const wrapper of this.form.querySelectorAll<HTMLElement>('#sa-needs [data-roles], #sa-education > [data-roles]:has([name^="omrade."])')) {
      const control = wrapper.querySelector<HTMLSelectElement | HTMLInputElement>('[name]')!;
      const answered = control instanceof HTMLInputElement && control.type === 'checkbox' ? control.checked : control.value !== '';
      wrapper.hidden = !answered && !wrapper.dataset['roles']!.split(' ').some((role) => reach.has(role));
    }
    for (const group of this.form.querySelectorAll<HTMLFieldSetElement>('#sa-needs [data-group]')) {
      group.hidden = [...group.querySelectorAll<HTMLElement>('[data-roles]')].every((w) => w.hidden);
    }
    this.find('[data-needs-empty]').hidden = [...this.form.querySelectorAll<HTMLElement>('#sa-needs [data-group]')].some((g) => !g.hidden);

    return fill(total === 1 ? this.m.saCountOne : this.m.saCount, { met, total });
  }

  private showNotices(found: ReadonlyArray<Notice>) {
    const box = this.find('[data-notices]');
    const m = this.m;
    const lines = found.slice(0, NOTICES_SHOWN).map((notice) => {
      const param = notice.param.slice(0, 40);
      const value = notice.value.slice(0, 40);
      const text =
        notice.reason === 'unknown-parameter'
          ? fill(m.saNoticeUnknownParameter, { param })
          : notice.reason === 'unknown-value'
            ? fill(m.saNoticeUnknownValue, { param, value })
            : notice.reason === 'too-many-parameters'
              ? m.saNoticeTooMany
              : notice.reason === 'repeated-parameter'
                ? fill(m.saNoticeRepeated, { param })
                : fill(m.saNoticeYears, { param, problem: m[problemKeys[notice.reason]] });
      return element('li', '', text);
    });
    if (found.length > NOTICES_SHOWN) lines.push(element('li', '', fill(m.saNoticeMore, { n: found.length - NOTICES_SHOWN })));
    box.querySelector('ul')!.replaceChildren(...lines);
    box.querySelector('p')!.textContent = m.saNoticesHeading;
    box.hidden = found.length === 0;
  }

  /** Says the count in the live region once the candidate pauses. */
  private announce(text: string) {
    window.clearTimeout(this.announceTimer);
    this.announceTimer = window.setTimeout(() => {
      this.find('[data-status]').textContent = text;
    }, ANNOUNCE_AFTER_MS);
  }

  private dataStatus(text: string) {
    this.find('[data-data-status]').textContent = text;
  }

  // Actions -----------------------------------------------------------------------------------------

  private onClick(event: Event) {
    const link = (event.target as HTMLElement).closest('a[href^="#sa-"]');
    if (link) {
      // Into the answer, or to a level (opened): focus goes there too, for keyboard and screen reader.
      const to = this.querySelector<HTMLElement>(link.getAttribute('href')!);
      to?.querySelector('details')?.setAttribute('open', '');
      if (to) {
        if (!to.hasAttribute('tabindex')) to.tabIndex = -1;
        to.focus();
      }
      return;
    }
    const target = (event.target as HTMLElement).closest('button');
    if (!target) return;
    if (target.matches('[data-add-job]')) {
      const item = this.addJob(emptyJob());
      item.querySelector<HTMLElement>('[data-field="role"]')!.focus();
      this.announce(this.update());
    } else if (target.matches('[data-remove-job]')) {
      const item = target.closest('[data-job]')!;
      const next = item.nextElementSibling ?? item.previousElementSibling;
      item.remove();
      if (!this.jobList().firstElementChild) this.addJob(emptyJob());
      this.numberJobs();
      (next?.querySelector<HTMLElement>('[data-field="role"]') ?? this.find('[data-add-job]')).focus();
      this.announce(this.update());
    } else if (target.matches('[data-clear]')) {
      const { view } = this.parse(this.formQuery());
      this.fillForm({ answers: this.parse('').answers, view, notices: [] });
      this.setJobs([]);
      this.setPersonal(emptyProfile());
      this.showNotices([]);
      this.announce(`${this.m.saCleared} ${this.update()}`);
    } else if (target.matches('[data-save]')) {
      this.saving = true;
      target.setAttribute('aria-pressed', 'true');
      this.update();
      this.dataStatus(this.m.saSaved);
    } else if (target.matches('[data-delete]')) {
      this.saving = false;
      storage()?.removeItem(STORAGE_KEY);
      this.find('[data-save]').setAttribute('aria-pressed', 'false');
      this.fillForm({ answers: this.parse('').answers, view: { role: null, onlyMet: false }, notices: [] });
      this.setJobs([]);
      this.setPersonal(emptyProfile());
      this.showNotices([]);
      this.update();
      this.dataStatus(this.m.saDeleted);
    } else if (target.matches('[data-pres]')) {
      void this.present(target.dataset['pres']!);
    } else if (target.matches('[data-download-profile]')) {
      const profile = this.profile(location.search.slice(1));
      this.download(profileJson(profile), profileFileName(this.m.saFileName, profile.name), 'application/json');
    }
  }

  /**
   * The candidate presentation for the chosen level: its code (and for Word the `docx` package)
   * is loaded only now. Word and text are offered as files; the preview is shown on the page,
   * where the print styles make it the printed document.
   */
  private async present(kind: string) {
    const status = this.find('[data-pres-status]');
    if (kind === 'print') {
      window.print();
      return;
    }
    const select = this.find<HTMLSelectElement>('[data-pres-level]');
    const levelId = select.value;
    const role = this.d.roles.find((r) => r.levels.some((l) => l.id === levelId));
    const level = role?.levels.find((l) => l.id === levelId);
    if (!role || !level) {
      status.textContent = this.m.saPresNeedLevel;
      select.focus();
      return;
    }
    status.textContent = '';
    const article = this.find(`[data-level-id="${levelId}"]`);
    const texts = (selector: string) => [...article.querySelectorAll('.sa-requirement')].map((item) => item.querySelector(selector)?.textContent ?? '');
    const sources = texts('[data-source-text]');
    const [{ presentation }, { presentationDocument }, { documentFileName }] = await Promise.all([
      import('../lib/candidate/presentation'),
      import('../lib/candidate/presentation-document'),
      import('../lib/documents/model'),
    ]);
    const query = location.search.slice(1);
    const profile = this.profile(query);
    const answers = this.parse(query).answers;
    const name = (slug: string) => this.d.roles.find((r) => r.slug === slug)?.name ?? slug;
    const presented = presentation({
      messages: this.m,
      lang: this.d.lang,
      level: { ...level, role: role.slug, requirements: texts('[data-requirement-text]'), ...(sources.some(Boolean) ? { sourceRequirements: sources } : {}) },
      answers,
      profile,
      roleTitle: (slug) => this.find(`#sa-role-${slug}`).textContent ?? slug,
      roleName: name,
      source: this.find('[data-pres-source]').dataset['presSource'] ?? '',
      today: today(),
    });
    const model = presentationDocument(presented, document.documentElement.lang === 'en' ? 'en-GB' : 'sv-SE');
    if (kind === 'docx') {
      const { downloadDocx } = await import('./document-download');
      await downloadDocx(model, documentFileName(model.title, 'docx'));
    } else if (kind === 'text') {
      const { documentText } = await import('../lib/documents/text');
      this.download(documentText(model), documentFileName(model.title, 'txt'), 'text/plain;charset=utf-8');
    } else {
      const { documentHtml } = await import('../lib/documents/html');
      const preview = this.find('[data-pres-preview]');
      // documentHtml escapes every text it is given.
      this.find('[data-pres-document]').innerHTML = documentHtml(model, { titleLevel: 3 });
      preview.hidden = false;
      this.find('#sa-pres-print').focus();
    }
  }

  private store(profile: Profile) {
    try {
      storage()?.setItem(STORAGE_KEY, profileJson(profile));
    } catch {
      // Storage full or refused: the page keeps working without it.
    }
  }

  /** Offers text as a file to save; nothing leaves the browser. */
  private download(text: string | Blob, name: string, type: string) {
    const url = URL.createObjectURL(text instanceof Blob ? text : new Blob([text], { type }));
    const anchor = element('a');
    anchor.href = url;
    anchor.download = name;
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private async openFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    const { readProfile } = await import('../lib/candidate/profile-schema');
    const profile = readProfile(await file.text().catch(() => null));
    input.value = '';
    if (!profile) {
      this.dataStatus(this.m.saFileBad);
      return;
    }
    const parsed = this.parse(profile.query);
    this.fillForm(parsed);
    this.setJobs(profile.jobs);
    this.setPersonal(profile);
    this.showNotices(parsed.notices);
    this.update();
    this.dataStatus(this.m.saFileOpened);
  }
}

defineWidget('kk-self-assessment', SelfAssessment);
