import type { MessageKey, Messages } from '../../i18n';

/**
 * The dictionary texts the widget needs in the browser: every key that starts with "sa".
 * Texts only the server renders (headings, hints) use other keys and stay out of the bundle.
 */
export type EligibilityMessageKey = {
  [K in MessageKey]: K extends `sa${infer Rest}` ? (Rest extends Capitalize<Rest> ? K : never) : never;
}[MessageKey];
export type EligibilityMessages = Record<EligibilityMessageKey, string>;

export function isEligibilityMessageKey(key: string): key is EligibilityMessageKey {
  return /^sa[A-Z]/.test(key);
}

/** The widget's texts out of a language's dictionary, for the page to serialise. */
export function eligibilityMessages(messages: Messages): EligibilityMessages {
  return Object.fromEntries(
    Object.entries(messages).filter(([key]) => isEligibilityMessageKey(key)),
  ) as EligibilityMessages;
}
