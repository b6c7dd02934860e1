import { format, t, type Locale } from '../i18n';
import type { CatalogLevel } from './catalog';

/**
 * A level as plain text for a call-off document: a heading line, the tasks (for "everything")
 * and the requirements as bulleted lists in the source's wording, then the source and the page's
 * address (left out when the build has no public address). Built at build time; the copy
 * buttons only put it on the clipboard.
 */
export type CopyScope = 'requirements' | 'all';

export function levelCopyText(level: CatalogLevel, lang: Locale, pageUrl: string | undefined, scope: CopyScope = 'all'): string {
  const m = t(lang);
  const area = level.role.area;
  const { publisher, title, date, transcribed } = area.source;
  const bullets = (items: ReadonlyArray<Record<Locale, string>>) => items.map((item) => `• ${oneLine(item[lang])}`);
  return [
    `${level.title[lang]} (${area.title[lang]})`,
    ...(scope === 'all' ? ['', `${m.tasksHeading}:`, ...bullets(level.tasks)] : []),
    '',
    `${m.requirementsHeading}:`,
    ...bullets(level.requirements),
    '',
    format(m.sourceLine, { publisher, title, date: date ?? m.undated, transcribed }),
    ...(pageUrl ? [format(m.copyPageLine, { url: pageUrl })] : []),
  ].join('\n');
}

/** Folds line breaks and runs of spaces, so every item stays one bullet. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
