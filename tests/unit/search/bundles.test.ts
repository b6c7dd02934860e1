import { describe, expect, it } from 'vitest';
import { bundleFilter, pageKindOf, searchBundles } from '../../../src/lib/search/bundles';
import { pageKinds } from '../../../src/lib/search/filters';

describe('the search bundles', () => {
  it('gives each kind of page a folder of its own, the level pages Pagefind’s usual one', () => {
    expect(searchBundles.level).toBe('pagefind/');
    expect(searchBundles.comparison).toBe('pagefind/comparisons/');
    expect(new Set(pageKinds.map((kind) => searchBundles[kind])).size).toBe(pageKinds.length);
  });

  it('gives each bundle its kind as the filter the search page asks for', () => {
    for (const kind of pageKinds) expect(bundleFilter(kind)).toEqual({ page: kind });
  });

  it('reads the kind from a page’s filter values', () => {
    expect(pageKindOf(['level'], 'a/1/index.html')).toBe('level');
    expect(pageKindOf(['comparison'], 'a/jamfor/1-2/index.html')).toBe('comparison');
  });

  it('stops on a page without exactly one known kind, naming the file', () => {
    expect(() => pageKindOf([], 'a/1/index.html')).toThrow(/a\/1\/index\.html: .*exactly one .*found \[\]/);
    expect(() => pageKindOf(['role'], 'x.html')).toThrow(/x\.html/);
    expect(() => pageKindOf(['level', 'comparison'], 'x.html')).toThrow(/found \[level, comparison\]/);
  });
});
