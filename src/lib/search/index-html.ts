/**
 * What the search index gets from a built page beyond what the page shows. The build hands
 * Pagefind a copy of each indexed page (Pagefind's Node API, `addHTMLFile`) in which every
 * compound word of the indexed part is followed by its parts between ⟦ and ⟧:
 *
 *   "hantera upphandlingsärenden och post" → "hantera upphandlingsärenden ⟦upphandling ärenden
 *   ärende upphandlingsärende⟧ och post"
 *
 * and the parts of the title's and other names' compounds open the page in the same brackets.
 * The page itself is written unchanged; the search page drops the bracketed words from excerpts
 * and marks the compound instead (`excerpt.ts`).
 */

export const partsOpen = '⟦';
export const partsClose = '⟧';

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '' };

/** Decodes the character references HTML text and attributes use. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

/** Where the page's `<main data-pagefind-body>` content starts and ends, or undefined. */
function indexedMain(html: string): { start: number; end: number } | undefined {
  const open = /<main\b[^>]*?\sdata-pagefind-body\b[^>]*>/.exec(html);
  if (!open) return undefined;
  const start = open.index + open[0].length;
  const end = html.indexOf('</main>', start);
  return end === -1 ? undefined : { start, end };
}

/** True when the page asks to be indexed. */
export function isIndexedPage(html: string): boolean {
  return indexedMain(html) !== undefined;
}

/** The `<html lang>` of a page. */
export function pageLanguage(html: string): string | undefined {
  return /<html\b[^>]*\slang="([^"]*)"/.exec(html)?.[1];
}

/** The page's meta field for the index (`data-pagefind-meta="name:value"`), decoded. */
export function metaField(html: string, name: string): string | undefined {
  for (const match of html.matchAll(/data-pagefind-meta="([^"]*)"/g)) {
    const value = decodeEntities(match[1] ?? '');
    if (value.startsWith(`${name}:`)) return value.slice(name.length + 1);
  }
  return undefined;
}

/** The values of a page's filter (`data-pagefind-filter="name:value"`), decoded. */
export function filterValues(html: string, name: string): string[] {
  const values: string[] = [];
  for (const match of html.matchAll(/data-pagefind-filter="([^"]*)"/g)) {
    const pair = decodeEntities(match[1] ?? '');
    if (pair.startsWith(`${name}:`)) values.push(pair.slice(name.length + 1));
  }
  return values;
}

/** The page without the elements that give it the filter `name`. */
export function withoutFilter(html: string, name: string): string {
  return html.replace(new RegExp(`<(\\w+)\\b[^>]*\\sdata-pagefind-filter="${name}:[^"]*"[^>]*>\\s*</\\1>`, 'g'), '');
}

/**
 * Calls `edit` on each run of text inside the indexed `<main>` (not tags, scripts or styles) and
 * returns the page with the edited text; `edit` gets and returns HTML text (entities as they are).
 */
function editMainText(html: string, edit: (text: string) => string, editTag: (tag: string) => string = (tag) => tag): string {
  const main = indexedMain(html);
  if (!main) return html;
  const inner = html.slice(main.start, main.end);
  let skipping: string | undefined;
  const edited = inner
    .split(/(<[^>]*>)/)
    .map((piece) => {
      if (piece.startsWith('<')) {
        const tag = /^<(\/?)(script|style)\b/i.exec(piece);
        if (tag) skipping = tag[1] ? undefined : tag[2]!.toLowerCase();
        return editTag(piece);
      }
      return skipping ? piece : edit(piece);
    })
    .join('');
  return html.slice(0, main.start) + edited + html.slice(main.end);
}

/** The HTML without the elements marked `data-pagefind-ignore`, which the index leaves out. */
export function withoutIgnored(html: string): string {
  let out = html;
  for (;;) {
    const open = /<(\w+)\b[^>]*\sdata-pagefind-ignore\b[^>]*>/.exec(out);
    if (!open) return out;
    const name = open[1]!.toLowerCase();
    const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
    tags.lastIndex = open.index + open[0].length;
    let depth = 1;
    let end = out.length;
    for (let tag = tags.exec(out); tag; tag = tags.exec(out)) {
      depth += tag[1] ? -1 : tag[0].endsWith('/>') ? 0 : 1;
      if (depth === 0) {
        end = tag.index + tag[0].length;
        break;
      }
    }
    out = out.slice(0, open.index) + out.slice(end);
  }
}

/** The words (runs of letters) of the text the index holds for a page, decoded; its title and other names too. */
export function indexedWords(html: string): string[] {
  const words: string[] = [];
  const main = indexedMain(html);
  if (!main) return words;
  const text = withoutIgnored(html.slice(main.start, main.end))
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ');
  const meta = [metaField(html, 'title') ?? '', metaField(html, 'aka') ?? ''].join(' ');
  for (const word of `${decodeEntities(text)} ${meta}`.match(/\p{L}+/gu) ?? []) words.push(word);
  return words;
}

/**
 * A tag without its `id`. Pagefind stores the text of every element with an id once more in the
 * page's fragment (as an anchor for sub-results), which the search page does not use: without
 * ids a hit downloads about half as much.
 */
const withoutId = (tag: string) => tag.replace(/\sid=(?:"[^"]*"|'[^']*'|[^\s>]+)/i, '');

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The copy of a page that the index gets: each word of the indexed text for which `extra` gives
 * words is followed by them in brackets, and `lead` (words found in the title and other names)
 * opens the indexed part. Entities are left as they are.
 */
export function pageForIndex(html: string, extra: (word: string) => readonly string[], lead: readonly string[] = []): string {
  let out = editMainText(html, (text) =>
    text.replace(/&(?:#x[0-9a-f]+|#\d+|\w+);|\p{L}+/giu, (word) => {
      if (word.startsWith('&')) return word;
      const words = extra(word);
      return words.length === 0 ? word : `${word} ${partsOpen}${escapeText(words.join(' '))}${partsClose}`;
    }),
    withoutId,
  );
  if (lead.length > 0) {
    const main = indexedMain(out)!;
    out = `${out.slice(0, main.start)}<p>${partsOpen}${escapeText(lead.join(' '))}${partsClose}</p>${out.slice(main.start)}`;
  }
  return out;
}
