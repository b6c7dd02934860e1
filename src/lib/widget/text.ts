/**
 * The one filler and the one escaper shared by pages (at build time) and widgets (in the
 * browser). Kept free of dictionaries so a widget can import it without shipping them.
 */

/** Fills {name} placeholders; a missing value stays visible rather than breaking the page. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/**
 * JSON that is safe inside any `<script type="application/…json">` element: "<", ">" and "&"
 * are escaped so no text can close the element, and the line and paragraph separators so the
 * JSON stays valid JavaScript too.
 */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
