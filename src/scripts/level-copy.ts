import { itemUrl } from '../lib/level-items';
import { fill } from '../lib/widget/text';
import type { LevelCopyData } from './level-copy-data';
import { defineWidget, Widget } from './widget';

/**
 * A level page's copy actions: the two texts (requirements only, everything) in the chosen
 * language, and the link to one numbered item. Where the Clipboard API is missing or refused,
 * the text is shown selected so the reader can copy it by hand. A polite status says what
 * happened either way.
 */
class LevelCopy extends Widget {
  #data!: LevelCopyData;

  protected start(): void {
    this.#data = this.data<LevelCopyData>();
    this.addEventListener('click', (event) => {
      const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button');
      if (!button || !this.contains(button)) return;
      const scope = button.dataset['copy'];
      const anchor = button.dataset['copyLink'];
      if (scope === 'requirements' || scope === 'all') void this.copyText(scope);
      else if (anchor) void this.copyLink(button, anchor);
    });
  }

  /** The language chosen for the copied text: the page's own unless a choice is offered. */
  private language(): string {
    const chosen = this.querySelector<HTMLInputElement>('input[name="copy-language"]:checked')?.value;
    return chosen && chosen in this.#data.texts ? chosen : Object.keys(this.#data.texts)[0]!;
  }

  private async copyText(scope: 'requirements' | 'all'): Promise<void> {
    const text = this.#data.texts[this.language()]?.[scope] ?? '';
    if (await this.write(text)) {
      this.find('[data-copy-fallback]').hidden = true;
      this.announce(this.#data.done);
    } else this.showFallback(text, this.#data.failed);
  }

  private async copyLink(button: HTMLButtonElement, anchor: string): Promise<void> {
    const url = itemUrl(window.location.href, anchor);
    const label = button.closest('li')?.querySelector('.item-number')?.textContent?.trim() ?? anchor;
    if (await this.write(url)) {
      this.announce(fill(this.#data.linkDone, { item: label }));
      const word = button.firstChild;
      if (word?.nodeType === Node.TEXT_NODE) {
        const before = word.textContent;
        word.textContent = this.#data.linkCopied;
        window.setTimeout(() => (word.textContent = before), 2000);
      }
    } else this.showFallback(url, this.#data.failed);
  }

  private async write(text: string): Promise<boolean> {
    try {
      if (!navigator.clipboard?.writeText) return false;
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  }

  private showFallback(text: string, message: string): void {
    const fallback = this.find('[data-copy-fallback]');
    const area = this.find<HTMLTextAreaElement>('[data-copy-text]');
    area.value = text;
    fallback.hidden = false;
    area.focus();
    area.select();
    this.announce(message);
  }

  /** Emptied first, so the same message is announced again on a second click. */
  private announce(message: string): void {
    const status = this.find('[data-copy-status]');
    status.textContent = '';
    window.setTimeout(() => (status.textContent = message), 100);
  }
}

defineWidget('kk-level-copy', LevelCopy);
