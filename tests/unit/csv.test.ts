import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/lib/csv';

describe('csvField', () => {
  it('leaves plain text as it is, å, ä and ö included', () => {
    expect(csvField('goda kunskaper i MS Office, eller likvärdigt.')).toBe('goda kunskaper i MS Office, eller likvärdigt.');
    expect(csvField(3)).toBe('3');
  });

  it('quotes a field with the separator, a quote, a line break or edge spaces', () => {
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('a,b', ',')).toBe('"a,b"');
    expect(csvField('säger "hej"')).toBe('"säger ""hej"""');
    expect(csvField('två\nrader')).toBe('"två\nrader"');
    expect(csvField('a\rb')).toBe('"a\rb"');
    expect(csvField(' kant')).toBe('" kant"');
  });
});

describe('toCsv', () => {
  it('starts with a BOM when asked, and ends every row with CRLF', () => {
    const csv = toCsv([['a', 'b'], ['1', '2']], { bom: true });
    expect(csv).toBe('\uFEFFa;b\r\n1;2\r\n');
    expect(toCsv([['a']])).toBe('a\r\n');
    expect(toCsv([])).toBe('');
  });

  it('refuses rows of different widths, naming the row', () => {
    expect(() => toCsv([['a', 'b'], ['1']])).toThrow(/row 2 has 1 fields; the first row has 2/);
  });

  it('parses back to the same fields with a CSV library, whatever the text', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'ö', ' ', ';', ',', '"', '\n', '\r\n', 'x', '1') , minLength: 1});
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (width, table) => {
        const rows = table.map((row) => row.slice(0, width));
        for (const separator of [';', ','] as const) {
          const csv = toCsv(rows, { separator, bom: true });
          const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: separator, newline: '\r\n', skipEmptyLines: false });
          expect(parsed.errors).toEqual([]);
          // The file ends with CRLF, which the parser reads as a last, empty row.
          expect(parsed.data.slice(0, -1)).toEqual(rows);
        }
      }),
    );
  });
});
