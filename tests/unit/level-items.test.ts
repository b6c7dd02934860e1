import { describe, expect, it } from 'vitest';
import { itemAnchor, itemLabel, itemUrl } from '../../src/lib/level-items';
import { titleParts, titleWithOfficial } from '../../src/lib/official-title';

describe('numbered items', () => {
  it('anchors and labels count from 1, as the open data does', () => {
    expect(itemAnchor('requirements', 0)).toBe('krav-1');
    expect(itemAnchor('tasks', 7)).toBe('uppgift-8');
    expect(itemLabel('requirements', 1, 'sv')).toBe('K2');
    expect(itemLabel('tasks', 1, 'sv')).toBe('A2');
    expect(itemLabel('requirements', 1, 'en')).toBe('R2');
    expect(itemLabel('tasks', 0, 'en')).toBe('T1');
    expect(() => itemAnchor('tasks', -1)).toThrow();
    expect(() => itemLabel('tasks', 1.5, 'sv')).toThrow();
  });

  it('an item link replaces any fragment of the page address', () => {
    expect(itemUrl('https://a.se/kontorstjanster/handlaggare/2/', 'krav-2')).toBe('https://a.se/kontorstjanster/handlaggare/2/#krav-2');
    expect(itemUrl('https://a.se/x/?q=1#uppgift-1', 'krav-1')).toBe('https://a.se/x/?q=1#krav-1');
  });
});

describe('official Swedish titles', () => {
  it('English shows the Swedish title after its own; Swedish and identical titles stand alone', () => {
    const title = { sv: 'Handläggare 2', en: 'Case officer 2' };
    expect(titleWithOfficial(title, 'en')).toBe('Case officer 2 (Handläggare 2)');
    expect(titleWithOfficial(title, 'sv')).toBe('Handläggare 2');
    expect(titleParts({ sv: 'Controller', en: 'Controller' }, 'en')).toEqual({ title: 'Controller', official: undefined });
  });
});
