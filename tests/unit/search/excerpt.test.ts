import { describe, expect, it } from 'vitest';
import { excerptParts, withoutIndexParts } from '../../../src/lib/search/excerpt';

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

describe('compound parts that only the index holds', () => {
  it('are left out, and a hit on a part marks the compound', () => {
    expect(withoutIndexParts('hantera upphandlingsärenden ⟦upphandling <mark>ärenden⟧</mark> och post.')).toBe(
      'hantera <mark>upphandlingsärenden</mark> och post.',
    );
    expect(withoutIndexParts('sköta <mark>telefonväxlar</mark> <mark>⟦telefon</mark> växlar växel telefonväxel⟧ och')).toBe(
      'sköta <mark>telefonväxlar</mark> och',
    );
    expect(withoutIndexParts('arbete med huvudbokföring ⟦huvud bokföring⟧.')).toBe('arbete med huvudbokföring.');
  });

  it('are left out where the excerpt begins or ends inside them', () => {
    expect(withoutIndexParts('växlar <mark>växel⟧</mark> och hänvisningssystem.')).toBe('och hänvisningssystem.');
    expect(withoutIndexParts('datoriserade telefonväxlar ⟦telefon <mark>växlar</mark>')).toBe('datoriserade <mark>telefonväxlar</mark>');
  });

  it('leave an excerpt without them as it is', () => {
    expect(withoutIndexParts('minst ett (1) års <mark>arbetslivserfarenhet</mark>.')).toBe('minst ett (1) års <mark>arbetslivserfarenhet</mark>.');
  });

  it('never reach the parts the search page shows', () => {
    const parts = excerptParts('hantera upphandlingsärenden ⟦upphandling <mark>ärenden⟧</mark> och post.');
    expect(parts).toEqual([
      { text: 'hantera ', mark: false },
      { text: 'upphandlingsärenden', mark: true },
      { text: ' och post.', mark: false },
    ]);
  });
});
