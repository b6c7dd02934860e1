/**
 * Writes CSV as RFC 4180 describes it, with the choices that make a file open correctly in
 * Excel: a byte order mark so Excel reads UTF-8 (å, ä, ö), CRLF line ends, and a separator
 * that matches the reader's list separator (semicolon in Swedish Excel).
 */

export interface CsvOptions {
  /** Field separator: ';' (Swedish Excel) or ','. */
  readonly separator?: ';' | ',';
  /** Start with a UTF-8 byte order mark. */
  readonly bom?: boolean;
}

const BOM = '\uFEFF';

/** One field: quoted when it holds the separator, a quote, a line break or edge spaces. */
export function csvField(value: string | number, separator: ';' | ',' = ';'): string {
  const text = String(value);
  const needsQuotes =
    text.includes(separator) || text.includes('"') || text.includes('\n') || text.includes('\r') || text.trim() !== text;
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: every row must have the header's number of fields. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>, options: CsvOptions = {}): string {
  const separator = options.separator ?? ';';
  const width = rows[0]?.length ?? 0;
  rows.forEach((row, index) => {
    if (row.length !== width) {
      throw new Error(`CSV row ${index + 1} has ${row.length} fields; the first row has ${width}`);
    }
  });
  const body = rows.map((row) => row.map((field) => csvField(field, separator)).join(separator)).join('\r\n');
  return (options.bom ? BOM : '') + body + (rows.length > 0 ? '\r\n' : '');
}
