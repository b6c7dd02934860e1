/** The site's languages. Swedish is the default and is served without a prefix. */
export const locales = ['sv', 'en'] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'sv';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The other language of a two-language site: the target of the language switch. */
export function otherLocale(lang: Locale): Locale {
  const other = locales.find((l) => l !== lang);
  if (!other) throw new Error(`No other locale than ${lang}`);
  return other;
}
