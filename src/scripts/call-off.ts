import type { Locale } from '../i18n/locales';
import { annexDocument, type AnnexSource } from '../lib/call-off/annex';
import type { CheckResult, ItemCheck } from '../lib/call-off/check';
import { checkLabel, describeFinding } from '../lib/call-off/check-words';
import {
  DRAFT_STORAGE_KEY,
  draftJson,
  emptyCover,
  emptyDraft,
  type CoverDetails,
  type Draft,
  type Specification,
} from '../lib/call-off/draft-model';
import type { CallOffLevel, CallOffWidgetData } from '../lib/call-off/page-data';
import { callOffQuery, moveLevel, parseCallOffQuery, parseCount, type StateNotice } from '../lib/call-off/state';
import { documentHtml } from '../lib/documents/html';
import { documentFileName, type DocumentModel } from '../lib/documents/model';
import { documentText } from '../lib/documents/text';
import type { WordPart } from '../lib/level-diff';
import { fill } from '../lib/widget/text';
import { downloadDocx, saveFile } from './document-download';
import { Widget, defineWidget } from './widget';

/**
 * The call-off page's widget (<kk-call-off>). The chosen levels and counts live in the address
 * (src/lib/call-off/state.ts); what the buyer writes lives only in this page, and in local
 * storage only after "save the draft in this browser". The Word writer, the draft reader and the
 * text check are loaded when first used.
 */

interface SpecEntry extends Specification {
  readonly key: number;
}

interface LevelEntry {
  readonly level: CallOffLevel;
  count: number | undefined;
  countText: string;
  specs: SpecEntry[];
  readonly element: HTMLLIElement;
}

let uniqueKey = 0;
const nextKey = () => ++uniqueKey;

class CallOff extends Widget {
  #data!: CallOffWidgetData;
  #levels = new Map<string, CallOffLevel>();
  #chosen: LevelEntry[] = [];
  #cover: CoverDetails = { ...emptyCover };
  #language: Locale = 'sv';
  /** Whether the buyer asked to keep the draft in this browser: then each change is saved. */
  #storing = false;
  #previewTimer = 0;

  protected start(): void {
    this.#data = this.data<CallOffWidgetData>();
    this.#levels = new Map(this.#data.levels.map((level) => [level.id, level]));
    this.#language = this.#data.lang;

    const { state, notices } = parseCallOffQuery(location.search, new Set(this.#levels.keys()));
    this.#language = state.language ?? this.#data.lang;
    for (const chosen of state.levels) this.#addLevel(chosen.id, chosen.count, []);
    this.#showNotices(notices);

    this.#wirePicker();
    this.#wireCover();
    this.#wireDocument();
    this.#wireDraft();
    this.#wireCheck();
    this.#syncLanguage();
    this.#refresh();
    this.#showStoredDraft();
  }

  // ---- levels ----------------------------------------------------------------------------

  #wirePicker(): void {
    const pick = this.find<HTMLSelectElement>('[data-pick]');
    this.find('[data-add-level]').addEventListener('click', () => {
      const id = pick.value;
      const level = this.#levels.get(id);
      if (!level) {
        pick.focus();
        return;
      }
      const title = this.#title(level);
      if (this.#chosen.some((entry) => entry.level.id === id)) {
        this.#say('[data-levels-status]', fill(this.#data.messages.alreadyChosen, { level: title }));
        return;
      }
      const entry = this.#addLevel(id, undefined, []);
      this.#changed();
      this.#say('[data-levels-status]', fill(this.#data.messages.added, { level: title }));
      entry?.element.querySelector<HTMLElement>('[data-level-title]')?.focus();
    });
  }

  #addLevel(id: string, count: number | undefined, specs: Specification[]): LevelEntry | undefined {
    const level = this.#levels.get(id);
    if (!level) return undefined;
    const element = this.#clone<HTMLLIElement>('level');
    const entry: LevelEntry = {
      level,
      count,
      countText: count === undefined ? '' : String(count),
      specs: [],
      element,
    };
    const title = this.#title(level);
    element.dataset['levelId'] = id;
    element.querySelector('[data-level-title]')!.textContent = title;
    element.querySelector<HTMLAnchorElement>('[data-level-link]')!.href = level.path[this.#data.lang];
    for (const name of element.querySelectorAll('[data-level-name]')) name.textContent = `(${title})`;

    const countInput = element.querySelector<HTMLInputElement>('[data-count]')!;
    const countError = element.querySelector<HTMLElement>('[data-count-error]')!;
    countError.id = `calloff-count-error-${nextKey()}`;
    countInput.value = entry.countText;
    countInput.addEventListener('input', () => {
      entry.countText = countInput.value;
      const value = countInput.value.trim() === '' ? undefined : parseCount(countInput.value);
      const bad = value === null;
      countError.hidden = !bad;
      if (bad) {
        countInput.setAttribute('aria-invalid', 'true');
        countInput.setAttribute('aria-describedby', countError.id);
      } else {
        countInput.removeAttribute('aria-invalid');
        countInput.removeAttribute('aria-describedby');
      }
      entry.count = value ?? undefined;
      this.#changed();
    });

    for (const button of element.querySelectorAll<HTMLButtonElement>('[data-move]')) {
      button.addEventListener('click', () => this.#move(entry, Number(button.dataset['move']) as -1 | 1, button));
    }
    element.querySelector('[data-remove]')!.addEventListener('click', () => this.#remove(entry));
    element.querySelector('[data-add-spec]')!.addEventListener('click', () => {
      const spec = this.#addSpec(entry, { kind: 'mandatory', text: '' });
      this.#changed();
      spec.querySelector<HTMLTextAreaElement>('[data-spec-text]')?.focus();
    });

    this.#chosen.push(entry);
    this.find('[data-levels]').append(element);
    // "Check your own text" compares with the first level chosen, until the buyer picks another.
    const checkLevel = this.find<HTMLSelectElement>('[data-check-level]');
    if (checkLevel.value === '') checkLevel.value = id;
    for (const spec of specs) this.#addSpec(entry, spec);
    this.#updateLevelControls();
    return entry;
  }

  #move(entry: LevelEntry, step: -1 | 1, button: HTMLButtonElement): void {
    const from = this.#chosen.indexOf(entry);
    const moved = moveLevel(this.#chosen, from, step);
    if (moved[from] === entry) return;
    this.#chosen = moved;
    const list = this.find('[data-levels]');
    for (const chosen of this.#chosen) list.append(chosen.element);
    this.#updateLevelControls();
    // Keep the focus on the button pressed; at an end, on the one that still moves.
    const other = entry.element.querySelector<HTMLButtonElement>(`[data-move="${-step}"]`)!;
    (button.disabled ? other : button).focus();
    this.#changed();
    this.#say(
      '[data-levels-status]',
      fill(this.#data.messages.moved, { level: this.#title(entry.level), n: this.#chosen.indexOf(entry) + 1, total: this.#chosen.length }),
    );
  }

  #remove(entry: LevelEntry): void {
    const index = this.#chosen.indexOf(entry);
    this.#chosen.splice(index, 1);
    entry.element.remove();
    this.#updateLevelControls();
    this.#changed();
    this.#say('[data-levels-status]', fill(this.#data.messages.removed, { level: this.#title(entry.level) }));
    const next = this.#chosen[index] ?? this.#chosen[index - 1];
    (next?.element.querySelector<HTMLElement>('[data-level-title]') ?? this.find('[data-pick]')).focus();
  }

  #updateLevelControls(): void {
    this.find('[data-none-chosen]').hidden = this.#chosen.length > 0;
    this.#chosen.forEach((entry, index) => {
      entry.element.querySelector<HTMLButtonElement>('[data-move="-1"]')!.disabled = index === 0;
      entry.element.querySelector<HTMLButtonElement>('[data-move="1"]')!.disabled = index === this.#chosen.length - 1;
    });
  }

  #addSpec(entry: LevelEntry, spec: Specification): HTMLLIElement {
    const item: SpecEntry = { key: nextKey(), kind: spec.kind, text: spec.text };
    entry.specs.push(item);
    const element = this.#clone<HTMLLIElement>('spec');
    for (const radio of element.querySelectorAll<HTMLInputElement>('[data-spec-kind]')) {
      radio.name = `calloff-spec-kind-${item.key}`;
      radio.checked = radio.value === item.kind;
      radio.addEventListener('change', () => {
        if (radio.checked) item.kind = radio.value === 'desirable' ? 'desirable' : 'mandatory';
        this.#changed();
      });
    }
    const text = element.querySelector<HTMLTextAreaElement>('[data-spec-text]')!;
    text.value = item.text;
    text.addEventListener('input', () => {
      item.text = text.value;
      this.#changed();
    });
    element.querySelector('[data-remove-spec]')!.addEventListener('click', () => {
      const index = entry.specs.indexOf(item);
      entry.specs.splice(index, 1);
      element.remove();
      this.#numberSpecs(entry);
      this.#changed();
      const rest = entry.element.querySelectorAll<HTMLElement>('[data-spec-text]');
      (rest[index] ?? rest[index - 1] ?? entry.element.querySelector<HTMLElement>('[data-add-spec]'))?.focus();
    });
    entry.element.querySelector('[data-specs]')!.append(element);
    this.#numberSpecs(entry);
    return element;
  }

  #numberSpecs(entry: LevelEntry): void {
    entry.element.querySelectorAll('[data-spec]').forEach((element, index) => {
      const label = fill(this.#data.messages.spec, { n: index + 1 });
      element.querySelector('[data-spec-legend]')!.textContent = label;
      element.querySelector('[data-spec-name]')!.textContent = `(${label}, ${this.#title(entry.level)})`;
    });
  }

  // ---- cover details and language ------------------------------------------------------------

  #wireCover(): void {
    for (const input of this.querySelectorAll<HTMLInputElement>('[data-cover]')) {
      const key = input.dataset['cover'] as keyof CoverDetails;
      input.addEventListener('input', () => {
        this.#cover[key] = input.value;
        this.#changed();
      });
    }
  }

  #syncCover(): void {
    for (const input of this.querySelectorAll<HTMLInputElement>('[data-cover]')) {
      input.value = this.#cover[input.dataset['cover'] as keyof CoverDetails];
    }
  }

  #syncLanguage(): void {
    for (const radio of this.querySelectorAll<HTMLInputElement>('[data-language]')) radio.checked = radio.value === this.#language;
  }

  // ---- the document ------------------------------------------------------------------------------

  #wireDocument(): void {
    for (const radio of this.querySelectorAll<HTMLInputElement>('[data-language]')) {
      radio.addEventListener('change', () => {
        if (radio.checked) this.#language = radio.value === 'en' ? 'en' : 'sv';
        this.#changed();
      });
    }
    this.find('[data-word]').addEventListener('click', () => void this.#downloadWord());
    this.find('[data-print]').addEventListener('click', () => {
      this.#renderPreview();
      window.print();
    });
    this.find('[data-copy]').addEventListener('click', () => void this.#copyText());
  }

  #model(): DocumentModel {
    const chosenAreas = new Set(this.#chosen.map((entry) => entry.level.area));
    const sources: AnnexSource[] = Object.entries(this.#data.sources)
      .filter(([area]) => chosenAreas.size === 0 || chosenAreas.has(area))
      .map(([, source]) => source);
    return annexDocument({
      language: this.#language,
      text: this.#data.documentText[this.#language],
      levels: this.#chosen.map((entry) => ({ level: entry.level, count: entry.count, specifications: entry.specs })),
      cover: this.#cover,
      sources,
      date: new Date().toLocaleDateString('sv-SE'),
    });
  }

  async #downloadWord(): Promise<void> {
    const messages = this.#data.messages;
    if (!this.#needLevels()) return;
    this.#say('[data-document-status]', messages.wordMaking);
    const model = this.#model();
    const file = documentFileName(model.title, 'docx');
    try {
      await downloadDocx(model, file);
      this.#say('[data-document-status]', fill(messages.wordDone, { file }));
    } catch {
      this.#say('[data-document-status]', messages.wordFailed);
    }
  }

  async #copyText(): Promise<void> {
    if (!this.#needLevels()) return;
    const text = documentText(this.#model());
    const fallback = this.find('[data-copy-fallback]');
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      fallback.hidden = true;
      this.#say('[data-document-status]', this.#data.messages.copied);
    } catch {
      const box = this.find<HTMLTextAreaElement>('[data-copy-text]');
      box.value = text;
      fallback.hidden = false;
      box.focus();
      box.select();
      this.#say('[data-document-status]', this.#data.messages.copyFailed);
    }
  }

  /** With no level chosen there is no annex: say so and take the reader to the picker. */
  #needLevels(): boolean {
    if (this.#chosen.length > 0) return true;
    this.#say('[data-document-status]', this.find('[data-choose-first]').textContent ?? '');
    this.find('[data-pick]').focus();
    return false;
  }

  #renderPreview(): void {
    window.clearTimeout(this.#previewTimer);
    const empty = this.#chosen.length === 0;
    this.find('[data-choose-first]').hidden = !empty;
    const preview = this.find('[data-preview]');
    preview.hidden = empty;
    preview.innerHTML = empty ? '' : documentHtml(this.#model(), { titleLevel: 3 });
  }

  // ---- state: address, preview, stored draft -----------------------------------------------------

  /** After every change: the address, the preview (soon), and the stored draft if kept. */
  #changed(): void {
    this.#refresh();
    if (this.#storing) this.#store();
  }

  #refresh(): void {
    const query = callOffQuery(
      {
        levels: this.#chosen.map((entry) => (entry.count === undefined ? { id: entry.level.id } : { id: entry.level.id, count: entry.count })),
        language: this.#language,
      },
      this.#data.lang,
    );
    if (query !== location.search) history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
    window.clearTimeout(this.#previewTimer);
    this.#previewTimer = window.setTimeout(() => this.#renderPreview(), 150);
  }

  #draft(): Draft {
    return {
      ...emptyDraft(this.#language),
      cover: { ...this.#cover },
      levels: this.#chosen.map((entry) => ({
        id: entry.level.id,
        ...(entry.count === undefined ? {} : { count: entry.count }),
        specifications: entry.specs.map(({ kind, text }) => ({ kind, text })),
      })),
      check: {
        level: this.find<HTMLSelectElement>('[data-check-level]').value,
        text: this.find<HTMLTextAreaElement>('[data-check-text]').value,
      },
    };
  }

  #apply(draft: Draft): void {
    for (const entry of this.#chosen) entry.element.remove();
    this.#chosen = [];
    this.#language = draft.language;
    this.#cover = { ...draft.cover };
    for (const level of draft.levels) this.#addLevel(level.id, level.count, level.specifications);
    this.find<HTMLSelectElement>('[data-check-level]').value = this.#levels.has(draft.check.level) ? draft.check.level : '';
    this.find<HTMLTextAreaElement>('[data-check-text]').value = draft.check.text;
    this.#syncCover();
    this.#syncLanguage();
    this.#updateLevelControls();
    this.#changed();
  }

  #wireDraft(): void {
    const messages = this.#data.messages;
    this.find('[data-save-browser]').addEventListener('click', () => {
      this.#storing = true;
      if (this.#store()) this.#say('[data-draft-status]', messages.savedBrowser);
      this.#showStoredDraft();
    });
    this.find('[data-delete-browser]').addEventListener('click', () => {
      this.#storing = false;
      try {
        localStorage.removeItem(DRAFT_STORAGE_KEY);
      } catch {
        // Nothing was kept where storage is refused.
      }
      this.#showStoredDraft();
      this.#say('[data-draft-status]', messages.deletedBrowser);
      this.find('[data-save-browser]').focus();
    });
    this.find('[data-open-stored]').addEventListener('click', () => {
      const stored = this.#readStorage();
      if (stored !== null) {
        this.#storing = true;
        void this.#open(stored);
      }
    });
    this.find('[data-save-file]').addEventListener('click', () => {
      const draft = this.#draft();
      const name = documentFileName(draft.cover.title.trim() || this.#data.documentText[this.#data.lang].defaultTitle, 'json');
      saveFile(new Blob([draftJson(draft)], { type: 'application/json' }), name);
    });
    const file = this.find<HTMLInputElement>('[data-file]');
    this.find('[data-open-file]').addEventListener('click', () => file.click());
    file.addEventListener('change', async () => {
      const chosen = file.files?.[0];
      if (!chosen) return;
      await this.#open(await chosen.text());
      file.value = '';
    });
  }

  async #open(json: string): Promise<void> {
    const messages = this.#data.messages;
    const { readDraft } = await import('../lib/call-off/draft');
    const result = readDraft(json, new Set(this.#levels.keys()));
    if ('problem' in result) {
      this.#say('[data-draft-status]', result.problem === 'not-json' ? messages.draftNotJson : messages.draftWrong);
      return;
    }
    this.#apply(result.draft);
    const dropped = result.dropped.length > 0 ? ` ${fill(messages.draftDropped, { levels: result.dropped.join(', ') })}` : '';
    this.#say('[data-draft-status]', `${messages.opened}${dropped}`);
    this.#showStoredDraft();
  }

  #store(): boolean {
    try {
      localStorage.setItem(DRAFT_STORAGE_KEY, JSON.stringify(this.#draft()));
      return true;
    } catch {
      this.#storing = false;
      this.#say('[data-draft-status]', this.#data.messages.storageFailed);
      return false;
    }
  }

  #readStorage(): string | null {
    try {
      return localStorage.getItem(DRAFT_STORAGE_KEY);
    } catch {
      return null;
    }
  }

  /** Shows "open the saved draft" and "delete" while a draft is kept in this browser. */
  #showStoredDraft(): void {
    const kept = this.#readStorage() !== null;
    this.find('[data-stored-note]').hidden = !kept || this.#storing;
    this.find('[data-open-stored]').hidden = !kept || this.#storing;
    this.find('[data-delete-browser]').hidden = !kept;
  }

  // ---- check your own text -------------------------------------------------------------------------

  #wireCheck(): void {
    const level = this.find<HTMLSelectElement>('[data-check-level]');
    const text = this.find<HTMLTextAreaElement>('[data-check-text]');
    level.addEventListener('change', () => this.#storing && this.#store());
    text.addEventListener('input', () => this.#storing && this.#store());
    this.find('[data-check]').addEventListener('click', () => void this.#runCheck());
  }

  async #runCheck(): Promise<void> {
    const messages = this.#data.messages;
    const select = this.find<HTMLSelectElement>('[data-check-level]');
    const textarea = this.find<HTMLTextAreaElement>('[data-check-text]');
    const error = this.find('[data-check-error]');
    const level = this.#levels.get(select.value);
    const problem = !level ? messages.checkNoLevel : textarea.value.trim() === '' ? messages.checkEmpty : '';
    const field = !level ? select : textarea;
    select.removeAttribute('aria-invalid');
    select.removeAttribute('aria-describedby');
    textarea.removeAttribute('aria-invalid');
    textarea.setAttribute('aria-describedby', 'calloff-check-hint');
    if (problem || !level) {
      error.textContent = problem;
      error.hidden = false;
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', field === textarea ? 'calloff-check-hint calloff-check-error' : 'calloff-check-error');
      field.focus();
      return;
    }
    error.hidden = true;
    const { checkText } = await import('../lib/call-off/check');
    this.#showCheck(checkText(textarea.value, level), level);
  }

  #showCheck(result: CheckResult, level: CallOffLevel): void {
    const messages = this.#data.messages;
    const words = this.#data.checkWords;
    const count = (kinds: ReadonlyArray<ItemCheck['kind']>) => result.items.filter((item) => kinds.includes(item.kind)).length;
    this.find('[data-check-summary]').textContent = fill(messages.checkSummary, {
      items: result.items.length,
      level: this.#title(level),
      same: count(['same']),
      changed: count(['reworded', 'stricter', 'looser', 'stricter-and-looser', 'merged', 'part', 'partial']),
      extra: count(['not-in-profile']),
      missing: result.missing.length,
    });
    this.find('[data-check-language]').textContent = result.language === 'sv' ? messages.checkSwedish : messages.checkEnglish;

    const list = this.find('[data-check-items]');
    list.replaceChildren(
      ...result.items.map((item) => {
        const element = this.#clone<HTMLLIElement>('check-item');
        element.dataset['kind'] = item.kind;
        element.querySelector('[data-label]')!.textContent = checkLabel(item, words);
        const findings = element.querySelector<HTMLElement>('[data-findings]')!;
        if ('findings' in item) {
          findings.replaceChildren(...item.findings.map((finding) => this.#element('li', describeFinding(finding, words))));
        } else findings.remove();
        const text = element.querySelector<HTMLElement>('[data-text]')!;
        // Spelling-only differences are shown too, so the buyer sees which words differ.
        if ('words' in item && (item.kind !== 'same' || !item.exact)) text.replaceChildren(...this.#diff(item.words));
        else text.textContent = item.text;
        const ref = element.querySelector<HTMLElement>('[data-ref]')!;
        const ids = 'items' in item ? item.items.map((profile) => profile.id) : 'item' in item ? [item.item.id] : [];
        if (ids.length > 0) ref.textContent = fill(messages.checkProfileItem, { id: ids.join(', ') });
        else ref.remove();
        const move = element.querySelector<HTMLButtonElement>('[data-move-to-specs]')!;
        if (item.kind === 'not-in-profile') {
          move.hidden = false;
          move.textContent = fill(messages.moveToSpecs, { level: this.#title(level) });
          move.addEventListener('click', () => this.#moveToSpecs(item.text, level, move));
        } else move.remove();
        return element;
      }),
    );

    const missing = this.find('[data-check-missing]');
    missing.replaceChildren(
      ...(result.missing.length === 0
        ? [this.#element('li', messages.noneMissing)]
        : result.missing.map((item) => {
            const li = this.#element('li', item.text[result.language]);
            li.append(this.#element('span', item.id, 'calloff-ref'));
            return li;
          })),
    );
    this.find('[data-check-result]').hidden = false;
    this.find('[data-check-heading]').focus();
  }

  /** Word changes as text with <del> (only in the profile) and <ins> (only in the buyer's text). */
  #diff(parts: readonly WordPart[]): Node[] {
    const messages = this.#data.messages;
    return parts.flatMap((part, index) => {
      if (part.kind === 'same') return [document.createTextNode(part.text)];
      const element = document.createElement(part.kind === 'added' ? 'ins' : 'del');
      // Straight after a word or a full stop ("Office." then "eller likvärdigt"), a marked run
      // keeps a space so that it does not read as glued to it.
      const before = parts[index - 1];
      const gap = before?.kind === 'same' && /[^\s(]$/.test(before.text) ? [document.createTextNode(' ')] : [];
      element.append(
        this.#element('span', ` ${part.kind === 'added' ? messages.onlyYours : messages.onlyProfile}: `, 'visually-hidden'),
        part.text,
      );
      return [...gap, element];
    });
  }

  #moveToSpecs(text: string, level: CallOffLevel, button: HTMLButtonElement): void {
    const entry = this.#chosen.find((chosen) => chosen.level.id === level.id) ?? this.#addLevel(level.id, undefined, []);
    if (!entry) return;
    this.#addSpec(entry, { kind: 'mandatory', text });
    this.#changed();
    const done = this.#element('p', fill(this.#data.messages.movedToSpecs, { level: this.#title(level) }), 'calloff-done');
    done.tabIndex = -1;
    button.replaceWith(done);
    done.focus();
  }

  // ---- small helpers -----------------------------------------------------------------------------------

  #showNotices(notices: StateNotice[]): void {
    if (notices.length === 0) return;
    const messages = this.#data.messages;
    const template = { 'unknown-level': messages.noticeUnknown, 'repeated-level': messages.noticeRepeated, 'bad-count': messages.noticeCount, 'too-many': messages.noticeTooMany };
    const box = this.find('[data-notices]');
    box.replaceChildren(...notices.map((notice) => this.#element('p', fill(template[notice.kind], { value: notice.value }))));
    box.hidden = false;
  }

  #title(level: CallOffLevel): string {
    return level.title[this.#data.lang];
  }

  #clone<E extends Element>(name: string): E {
    const template = this.find<HTMLTemplateElement>(`template[data-template="${name}"]`);
    return template.content.firstElementChild!.cloneNode(true) as E;
  }

  #element(tag: string, text: string, className?: string): HTMLElement {
    const element = document.createElement(tag);
    element.textContent = text;
    if (className) element.className = className;
    return element;
  }

  /** Puts a message in a status region, emptied first so the same message is announced again. */
  #say(selector: string, message: string): void {
    const region = this.find(selector);
    region.textContent = '';
    window.setTimeout(() => {
      region.textContent = message;
    }, 50);
  }
}

defineWidget('kk-call-off', CallOff);
