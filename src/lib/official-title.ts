import type { Locale } from '../i18n/locales';
import type { LocalizedText } from '../schemas/text';

/**
 * A title as an English page shows it: the translation with the official Swedish title after it,
 * "Case officer 2 (Handläggare 2)", because the Swedish title is the one the framework agreement
 * and a call-off use. Swedish pages show the Swedish title alone.
 */
export function titleParts(title: LocalizedText, lang: Locale): { readonly title: string; readonly official: string | undefined } {
  if (lang === 'sv' || title.en === title.sv) return { title: title[lang], official: undefined };
  return { title: title[lang], official: title.sv };
}

/** The same as one line of text, for page titles and search hits. */
export function titleWithOfficial(title: LocalizedText, lang: Locale): string {
  const { title: shown, official } = titleParts(title, lang);
  return official ? `${shown} (${official})` : shown;
}
