import { describe, expect, it } from 'vitest';
import { fill, scriptJson } from '../../src/lib/widget/text';

describe('fill', () => {
  it('fills every named placeholder and leaves unknown ones visible', () => {
    expect(fill('{a} av {b}, {c}', { a: 1, b: 'två' })).toBe('1 av två, {c}');
  });

  it('does not take names from the object prototype', () => {
    expect(fill('{toString}', {})).toBe('{toString}');
  });
});

describe('scriptJson', () => {
  it('cannot close the script element it sits in and parses back to the same value', () => {
    const value = { text: '</script><script>alert(1)</script> & <!--', line: '\u2028\u2029' };
    const text = scriptJson(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
