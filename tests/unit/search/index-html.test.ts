import { describe, expect, it } from 'vitest';
import {
  decodeEntities,
  filterValues,
  indexedWords,
  isIndexedPage,
  metaField,
  pageForIndex,
  pageLanguage,
  withoutFilter,
  withoutIgnored,
} from '../../../src/lib/search/index-html';

const page = (main: string, attrs = ' data-pagefind-body') =>
  `<!DOCTYPE html><html lang="sv"><head><title>x</title></head><body><header>telefonväxlar</header><main id="main"${attrs}>${main}</main><footer>lönesystem</footer></body></html>`;

const parts: Record<string, string[]> = { telefonväxlar: ['telefon', 'växlar', 'växel'], lönesystem: ['lön', 'system'] };
const extra = (word: string) => parts[word.toLowerCase()] ?? [];

describe('reading a built page', () => {
  it('tells indexed pages, their language and their meta fields', () => {
    const html = page('<div hidden data-pagefind-ignore><span data-pagefind-meta="title:Växeltelefonist"></span><span data-pagefind-meta="aka:telefonist, v&#228;xeloperat&#xF6;r"></span></div><p>x</p>');
    expect(isIndexedPage(html)).toBe(true);
    expect(isIndexedPage(page('<p>x</p>', ''))).toBe(false);
    expect(isIndexedPage(page('<p>x</p>', ' data-pagefind-body=""'))).toBe(true);
    expect(pageLanguage(html)).toBe('sv');
    expect(metaField(html, 'title')).toBe('Växeltelefonist');
    expect(metaField(html, 'aka')).toBe('telefonist, växeloperatör');
    expect(metaField(html, 'missing')).toBeUndefined();
  });

  it('decodes character references', () => {
    expect(decodeEntities('a &amp; b &lt;c&gt; &#228;&#xF6; &nbsp;&unknown;')).toBe('a & b <c> äö  &unknown;');
  });

  it('leaves out what the index leaves out, nested elements included', () => {
    expect(withoutIgnored('<p>a</p><div data-pagefind-ignore><div>b</div><p>c</p></div><p>d</p><nav data-pagefind-ignore="all">e</nav>')).toBe(
      '<p>a</p><p>d</p>',
    );
  });

  it('collects the indexed words, title and other names included, and nothing else', () => {
    const html = page(
      '<div hidden data-pagefind-ignore><span data-pagefind-meta="title:Receptionist"></span><span data-pagefind-meta="aka:receptionsvärd"></span></div><h2 data-pagefind-ignore>Kompetenskrav</h2><p>datoriserade telefonväxlar &amp; samtal</p><script>var x = "skript";</script>',
    );
    expect(indexedWords(html)).toEqual(['datoriserade', 'telefonväxlar', 'samtal', 'Receptionist', 'receptionsvärd']);
  });
});

describe('the copy the index gets', () => {
  it('follows each compound of the indexed text with its parts in brackets', () => {
    const html = page('<p>erfarenhet av <em>telefonväxlar</em> och Lönesystem.</p>');
    expect(pageForIndex(html, extra)).toBe(page('<p>erfarenhet av <em>telefonväxlar ⟦telefon växlar växel⟧</em> och Lönesystem ⟦lön system⟧.</p>'));
  });

  it('changes nothing outside the indexed part, in tags, attributes, scripts or character references', () => {
    const html = page('<p title="telefonväxlar">a&lonesystem;</p><script>telefonväxlar</script><p>b</p>');
    expect(pageForIndex(html, extra)).toBe(html);
    // The id of <main> itself is outside the indexed part, and stays.
    expect(pageForIndex(html, extra)).toContain('<main id="main" data-pagefind-body>');
    const notIndexed = page('<p>telefonväxlar</p>', '');
    expect(pageForIndex(notIndexed, extra)).toBe(notIndexed);
  });

  it('leaves out the ids inside the indexed part, which Pagefind would store as anchors with their text', () => {
    const html = page('<h2 id="krav">Krav</h2><ul><li id=\'krav-1\' class="x">a</li><li data-id="3" id=k2>b</li></ul>');
    expect(pageForIndex(html, extra)).toBe(page('<h2>Krav</h2><ul><li class="x">a</li><li data-id="3">b</li></ul>'));
  });

  it('opens the indexed part with the parts of the title and other names', () => {
    const html = page('<p>x</p>');
    expect(pageForIndex(html, extra, ['redovisning', 'ekonom'])).toBe(page('<p>⟦redovisning ekonom⟧</p><p>x</p>'));
  });
});

describe('the page filter', () => {
  const filtered = page(
    '<div hidden data-pagefind-ignore><span data-pagefind-filter="page:level"></span><span data-pagefind-filter="role:kontorstjanster/v&#228;rd"></span></div><p>x</p>',
  );

  it('reads a filter’s values, decoded', () => {
    expect(filterValues(filtered, 'page')).toEqual(['level']);
    expect(filterValues(filtered, 'role')).toEqual(['kontorstjanster/värd']);
    expect(filterValues(filtered, 'level')).toEqual([]);
  });

  it('leaves out one filter and keeps the others', () => {
    const without = withoutFilter(filtered, 'page');
    expect(filterValues(without, 'page')).toEqual([]);
    expect(filterValues(without, 'role')).toEqual(['kontorstjanster/värd']);
    expect(without).toBe(filtered.replace('<span data-pagefind-filter="page:level"></span>', ''));
  });
});
