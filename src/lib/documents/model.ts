import type { Locale } from '../../i18n/locales';

/**
 * One small document model for everything the site lets a reader take away as a file: a
 * title, a few metadata lines, then headings, paragraphs and lists. Three writers read it:
 * `docx.ts` (Word), `text.ts` (plain text for the clipboard) and `html.ts` (a preview that
 * prints). The model holds text only, never layout, so the three always say the same thing.
 */

/** The language tag a document carries, so spell-checking and screen readers use the right one. */
export type DocumentLanguage = 'sv-SE' | 'en-GB';

/** A piece of text with an optional weight. */
export interface Span {
  readonly text: string;
  readonly strong?: boolean;
  readonly emphasis?: boolean;
}

/** Plain text, or text made of spans where some words are bold or italic. */
export type RichText = string | ReadonlyArray<Span>;

/** A line under the title: "Diarienummer: 2026-123", or a line with no label. */
export interface MetaLine {
  readonly label?: string;
  readonly value: string;
}

export interface ListItem {
  readonly text: RichText;
  /** A stable reference shown with the item in small type, e.g. "kontorstjanster/administrator/1/requirements/2". */
  readonly ref?: string;
  /** Lines that belong to the item, shown as a list one step in. */
  readonly details?: ReadonlyArray<RichText>;
}

export interface HeadingBlock {
  readonly kind: 'heading';
  /** 1 is the top level under the document's title. */
  readonly level: 1 | 2 | 3;
  readonly text: string;
}

export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly text: RichText;
  /** Small print, such as a source line. */
  readonly small?: boolean;
}

export interface ListBlock {
  readonly kind: 'list';
  readonly style: 'bullet' | 'numbered';
  readonly items: ReadonlyArray<ListItem>;
}

export type Block = HeadingBlock | ParagraphBlock | ListBlock;

export interface DocumentModel {
  readonly language: DocumentLanguage;
  readonly title: string;
  readonly meta: ReadonlyArray<MetaLine>;
  readonly blocks: ReadonlyArray<Block>;
}

const languages: Record<Locale, DocumentLanguage> = { sv: 'sv-SE', en: 'en-GB' };

/** The document language for a site language: "sv" gives "sv-SE", "en" gives "en-GB". */
export function documentLanguage(locale: Locale): DocumentLanguage {
  return languages[locale];
}

/** The spans of a text, plain text as one span. */
export function spans(text: RichText): ReadonlyArray<Span> {
  return typeof text === 'string' ? [{ text }] : text;
}

/** The words of a text without their weight. */
export function plainText(text: RichText): string {
  return typeof text === 'string' ? text : text.map((span) => span.text).join('');
}

/** Shorthands that keep a document's builder readable. */
export const block = {
  heading: (level: HeadingBlock['level'], text: string): HeadingBlock => ({ kind: 'heading', level, text }),
  paragraph: (text: RichText, small = false): ParagraphBlock =>
    small ? { kind: 'paragraph', text, small } : { kind: 'paragraph', text },
  bullets: (items: ReadonlyArray<ListItem | string>): ListBlock => ({ kind: 'list', style: 'bullet', items: items.map(listItem) }),
  numbered: (items: ReadonlyArray<ListItem | string>): ListBlock => ({
    kind: 'list',
    style: 'numbered',
    items: items.map(listItem),
  }),
};

function listItem(item: ListItem | string): ListItem {
  return typeof item === 'string' ? { text: item } : item;
}

/**
 * A file name for the document, from its title: ASCII letters, digits and hyphens, so it
 * survives every file system and mail client ("Avrop – Administratör 2" gives "avrop-administrator-2").
 */
export function documentFileName(title: string, extension: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return `${stem || 'document'}.${extension.replace(/^\./, '')}`;
}
