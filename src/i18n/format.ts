/**
 * Filling placeholders in interface text. Apart from the dictionaries so that a browser
 * script can use it without bundling every text.
 */

/** Fills placeholders: `format('Nivå {n}', { n: 2 })` gives "Nivå 2". Unknown placeholders throw. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Missing value for {${name}} in "${template}"`);
    return String(value);
  });
}

/** A piece of a filled template: plain text, or a placeholder's value with its name. */
export type FormatPart = string | { readonly name: string; readonly value: string };

/**
 * Like `format`, but keeps placeholders apart so a component can mark them up, e.g. give a
 * Swedish title `lang="sv"` inside an English sentence.
 */
export function formatParts(template: string, values: Record<string, string | number>): FormatPart[] {
  const parts: FormatPart[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const name = match[1] ?? '';
    const value = values[name];
    if (value === undefined) throw new Error(`Missing value for {${name}} in "${template}"`);
    if (match.index > last) parts.push(template.slice(last, match.index));
    parts.push({ name, value: String(value) });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}
