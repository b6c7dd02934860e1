import type { Locale } from '../i18n/locales';

/**
 * The numbers and anchors of a level page's items, so a reader can cite "K2" and link to it.
 * Numbered from 1 in the source's order, as in the open data's ids (".../requirements/2"); the
 * anchors are the same in both languages, so a link keeps its place when the language changes.
 */
export type ItemKind = 'tasks' | 'requirements';

const anchorWords: Record<ItemKind, string> = { tasks: 'uppgift', requirements: 'krav' };
const letters: Record<Locale, Record<ItemKind, string>> = {
  sv: { tasks: 'A', requirements: 'K' },
  en: { tasks: 'T', requirements: 'R' },
};

/** "krav-2" for the second requirement (index 1). */
export function itemAnchor(kind: ItemKind, index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new Error(`Not an item index: ${index}`);
  return `${anchorWords[kind]}-${index + 1}`;
}

/** "K2" in Swedish, "R2" in English, for the second requirement (index 1). */
export function itemLabel(kind: ItemKind, index: number, lang: Locale): string {
  if (!Number.isInteger(index) || index < 0) throw new Error(`Not an item index: ${index}`);
  return `${letters[lang][kind]}${index + 1}`;
}

/** A page address with the item's anchor in place of any fragment it has. */
export function itemUrl(pageUrl: string, anchor: string): string {
  const url = new URL(pageUrl);
  url.hash = anchor;
  return url.href;
}
