/**
 * Pagefind's excerpts are HTML: the page's text with `<` and `>` escaped and each hit wrapped
 * in `<mark>`. The search page builds text nodes and `<mark>` elements from these parts instead
 * of setting innerHTML, so nothing in an excerpt can ever become markup.
 */
import { partsClose, partsOpen } from './index-html';

export interface ExcerptPart {
  readonly text: string;
  /** True for a hit, shown in `<mark>`. */
  readonly mark: boolean;
}

function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

const marked = (text: string) => /<\/?mark>/.test(text);

/**
 * The excerpt without the compound parts that only the index holds (`⟦upphandling ärenden⟧`,
 * see index-html.ts): where a part was a hit, the compound before it is marked instead. An
 * excerpt may begin or end inside the brackets; that piece goes too.
 */
export function withoutIndexParts(excerpt: string): string {
  let text = excerpt;
  const firstClose = text.indexOf(partsClose);
  const firstOpen = text.indexOf(partsOpen);
  if (firstClose !== -1 && (firstOpen === -1 || firstClose < firstOpen)) {
    text = text.slice(firstClose + 1).replace(/^<\/mark>/, '').trimStart();
  }
  const segment = new RegExp(`(\\S*?)(\\s*)(<mark>)?${partsOpen}([^${partsClose}]*)(?:${partsClose}(<\\/mark>)?|$)`, 'g');
  return text.replace(segment, (_whole, before: string, _space: string, open: string | undefined, inside: string) => {
    if (!open && !marked(inside)) return before;
    if (before === '' || marked(before)) return before;
    return `<mark>${before}</mark>`;
  });
}

/** Splits an excerpt into plain and marked text; neighbouring parts of one kind are joined. */
export function excerptParts(rawExcerpt: string): ExcerptPart[] {
  const excerpt = withoutIndexParts(rawExcerpt);
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    if (text === '') return;
    const last = parts.at(-1);
    if (last && last.mark === mark) parts[parts.length - 1] = { text: last.text + text, mark };
    else parts.push({ text, mark });
  };
  let last = 0;
  for (const match of excerpt.matchAll(/<mark>([\s\S]*?)<\/mark>/g)) {
    push(unescape(excerpt.slice(last, match.index)), false);
    // Pagefind marks whole words with their punctuation ("bokföring."); mark only the word.
    const [, before = '', word = '', after = ''] = /^([^\p{L}\p{N}]*)([\s\S]*?)([^\p{L}\p{N}]*)$/u.exec(unescape(match[1] ?? '')) ?? [];
    push(before, false);
    push(word, true);
    push(after, false);
    last = match.index + match[0].length;
  }
  push(unescape(excerpt.slice(last)), false);
  return parts;
}
