import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../src/lib/excerpt';

describe('excerpt parts', () => {
  it('splits hits from the text around them', () => {
    expect(excerptParts('arbete med redovisning och <mark>bokföring</mark>. arbete med <mark>huvudbokföring</mark>')).toEqual([
      { text: 'arbete med redovisning och ', mark: false },
      { text: 'bokföring', mark: true },
      { text: '. arbete med ', mark: false },
      { text: 'huvudbokföring', mark: true },
    ]);
  });

  it('joins neighbouring hits and keeps escaped markup as text', () => {
    expect(excerptParts('<mark>a</mark><mark>b</mark> &lt;script&gt;x&lt;/script&gt;')).toEqual([
      { text: 'ab', mark: true },
      { text: ' <script>x</script>', mark: false },
    ]);
  });

  it('marks the word, not the punctuation around it', () => {
    expect(excerptParts('registrering, (<mark>diarieföring)</mark> och <mark>expediering.</mark>')).toEqual([
      { text: 'registrering, (', mark: false },
      { text: 'diarieföring', mark: true },
      { text: ') och ', mark: false },
      { text: 'expediering', mark: true },
      { text: '.', mark: false },
    ]);
  });

  it('handles an excerpt without hits and an empty one', () => {
    expect(excerptParts('plain text')).toEqual([{ text: 'plain text', mark: false }]);
    expect(excerptParts('')).toEqual([]);
  });
});
