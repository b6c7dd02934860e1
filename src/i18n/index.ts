import { en } from './en';
import { sv } from './sv';
import type { Locale } from './locales';

export { defaultLocale, isLocale, locales, otherLocale, type Locale } from './locales';
export { format, formatParts, type FormatPart } from './format';

export type Messages = Record<keyof typeof sv, string>;
export type MessageKey = keyof Messages;

const dictionaries: Record<Locale, Messages> = { sv, en };

/** The interface text of a language: `t('en').navRoles`. */
export function t(lang: Locale): Messages {
  return dictionaries[lang];
}
