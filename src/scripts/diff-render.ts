import type { Locale } from '../i18n/locales';
import { foldUnchanged } from '../lib/change-summary';
import { readableChange, type ItemChange, type WordPart } from '../lib/level-diff';
import type { LocalizedText } from '../schemas/text';
import { fill } from '../lib/widget/text';

/**
 * Renders a list of changes in the browser with the markup of the DiffList component: the page
 * carries a DiffList rendered at build time with one item of each kind (a pattern), and each
 * change is a copy of the matching item with its text put in. The list looks and reads exactly
 * like the one on the comparison pages, marks in words, scoped styles and hidden labels for
 * screen readers included.
 */

/** Keeps the hidden label ("tillagt: ") at the start of an <ins> or <del> and sets the text after it. */
function setMarkedText(mark: Element, text: string): void {
  const label = mark.querySelector(':scope > .visually-hidden');
  mark.replaceChildren(...(label ? [label] : []), text);
}

function wordParts(holder: Element, parts: readonly WordPart[]): boolean {
  const ins = holder.querySelector(':scope > ins');
  const del = holder.querySelector(':scope > del');
  if (!ins || !del) return false;
  const nodes = parts.map((part) => {
    if (part.kind === 'same') return part.text;
    const mark = (part.kind === 'added' ? ins : del).cloneNode(true) as Element;
    setMarkedText(mark, part.text);
    return mark;
  });
  holder.replaceChildren(...nodes);
  return true;
}

/**
 * A list like DiffList's for `changes`, or undefined when the pattern lacks a part (the page then
 * shows the levels side by side only).
 */
export function renderDiffList(
  pattern: HTMLTemplateElement,
  changes: ReadonlyArray<ItemChange<LocalizedText>>,
  lang: Locale,
  unchangedLabel: string,
): HTMLElement | undefined {
  const list = pattern.content.querySelector('ul.diff-list');
  if (!list) return undefined;
  const out = list.cloneNode(false) as HTMLElement;

  for (const run of foldUnchanged(changes)) {
    const selector =
      run.kind === 'revised' ? `li[data-change="revised"][data-direction="${run.direction}"]` : `li[data-change="${run.kind}"]`;
    const li = list.querySelector(`:scope > ${selector}`)?.cloneNode(true) as HTMLElement | undefined;
    if (!li) return undefined;
    if (run.kind === 'added' || run.kind === 'removed') {
      const mark = li.querySelector(run.kind === 'added' ? 'ins' : 'del');
      if (!mark) return undefined;
      setMarkedText(mark, run.kind === 'added' ? run.to[lang] : run.from[lang]);
    } else if (run.kind === 'reworded' || run.kind === 'revised') {
      const holder = li.querySelector('.diff-words');
      const indexText = li.querySelector('[data-index-text]');
      if (!holder || !indexText || !wordParts(holder, run.words[lang])) return undefined;
      indexText.textContent = readableChange(run.words[lang]);
    } else {
      const summary = li.querySelector('summary');
      const inner = li.querySelector('details ul');
      const innerItem = inner?.firstElementChild;
      if (!summary || !inner || !innerItem) return undefined;
      summary.textContent = fill(unchangedLabel, { n: String(run.items.length) });
      inner.replaceChildren(
        ...run.items.map((item) => {
          const copy = innerItem.cloneNode(false) as HTMLElement;
          copy.textContent = item[lang];
          return copy;
        }),
      );
    }
    out.append(li);
  }
  return out;
}
