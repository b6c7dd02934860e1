import { describe, expect, it } from 'vitest';
import { checkLabel, describeFinding } from '../../src/lib/call-off/check-words';
import { readDraft } from '../../src/lib/call-off/draft';
import { chosenLevels, draftJson, emptyDraft, type Draft } from '../../src/lib/call-off/draft-model';
import { checkWords } from '../../src/lib/call-off/page-data';
import { callOffQuery, moveLevel, parseCallOffQuery, parseCount } from '../../src/lib/call-off/state';
import { createRoutes } from '../../src/lib/routes';
import { t } from '../../src/i18n';

const known = new Set(['kontorstjanster/administrator/1', 'kontorstjanster/administrator/2', 'kontorstjanster/arkivarie/1']);

describe('the call-off address', () => {
  it('reads levels in order with their counts', () => {
    const { state, notices } = parseCallOffQuery(
      '?niva=kontorstjanster/administrator/2:3&niva=kontorstjanster/arkivarie/1&sprak=en',
      known,
    );
    expect(state).toEqual({
      levels: [{ id: 'kontorstjanster/administrator/2', count: 3 }, { id: 'kontorstjanster/arkivarie/1' }],
      language: 'en',
    });
    expect(notices).toEqual([]);
  });

  it('reads encoded values and stray slashes', () => {
    const { state } = parseCallOffQuery('?niva=%2Fkontorstjanster%2Farkivarie%2F1%2F%3A2', known);
    expect(state.levels).toEqual([{ id: 'kontorstjanster/arkivarie/1', count: 2 }]);
  });

  it('reports unknown and repeated levels and bad counts, and keeps the rest', () => {
    const { state, notices } = parseCallOffQuery(
      `?niva=nope/x/1&niva=kontorstjanster/arkivarie/1:0&niva=kontorstjanster/arkivarie/1&niva=kontorstjanster/administrator/1:tre&niva=&sprak=de&niva=${'x'.repeat(100)}`,
      known,
    );
    expect(state.levels).toEqual([{ id: 'kontorstjanster/arkivarie/1' }, { id: 'kontorstjanster/administrator/1' }]);
    expect(state.language).toBeUndefined();
    expect(notices).toEqual([
      { kind: 'unknown-level', value: 'nope/x/1' },
      { kind: 'bad-count', value: 'kontorstjanster/arkivarie/1:0' },
      { kind: 'repeated-level', value: 'kontorstjanster/arkivarie/1' },
      { kind: 'bad-count', value: 'kontorstjanster/administrator/1:tre' },
      { kind: 'unknown-level', value: `${'x'.repeat(60)}…` },
    ]);
  });

  it('takes the compare page\'s two levels, a and b, after any niva', () => {
    const { state } = parseCallOffQuery('?a=kontorstjanster/arkivarie/1&b=kontorstjanster/administrator/2', known);
    expect(state.levels).toEqual([{ id: 'kontorstjanster/arkivarie/1' }, { id: 'kontorstjanster/administrator/2' }]);
    expect(parseCallOffQuery('?a=&b=kontorstjanster/administrator/2', known).state.levels).toEqual([
      { id: 'kontorstjanster/administrator/2' },
    ]);
  });

  it('stops at 50 levels', () => {
    const many = new Set(Array.from({ length: 60 }, (_, i) => `a/r/${i}`));
    const { state, notices } = parseCallOffQuery(`?${[...many].map((id) => `niva=${id}`).join('&')}`, many);
    expect(state.levels).toHaveLength(50);
    expect(notices).toEqual([{ kind: 'too-many', value: '50' }]);
  });

  it('writes a readable address that reads back the same; the page language is left out', () => {
    const state = {
      levels: [{ id: 'kontorstjanster/administrator/2', count: 3 }, { id: 'kontorstjanster/arkivarie/1' }],
      language: 'en' as const,
    };
    const query = callOffQuery(state, 'sv');
    expect(query).toBe('?niva=kontorstjanster/administrator/2:3&niva=kontorstjanster/arkivarie/1&sprak=en');
    expect(parseCallOffQuery(query, known).state).toEqual(state);
    expect(callOffQuery(state, 'en')).not.toContain('sprak');
    expect(callOffQuery({ levels: [], language: undefined }, 'sv')).toBe('');
    const routes = createRoutes('/kompetenser/');
    expect(routes.callOff('sv', 'kontorstjanster/administrator/2')).toBe('/kompetenser/avrop/?niva=kontorstjanster/administrator/2');
    expect(routes.callOff('en')).toBe('/kompetenser/en/avrop/');
  });

  it('reads counts from 1 to 999 only', () => {
    expect(parseCount(' 12 ')).toBe(12);
    expect(parseCount('0')).toBeNull();
    expect(parseCount('1000')).toBeNull();
    expect(parseCount('2.5')).toBeNull();
    expect(parseCount('-1')).toBeNull();
  });

  it('moves a level up and down, not past the ends', () => {
    expect(moveLevel(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveLevel(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveLevel(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveLevel(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('drafts', () => {
  const draft: Draft = {
    ...emptyDraft('sv'),
    cover: { agency: 'Skatteverket', title: 'Avrop', reference: '1', contact: 'Anna' },
    levels: [
      { id: 'kontorstjanster/administrator/2', count: 2, specifications: [{ kind: 'mandatory', text: 'Platina' }] },
      { id: 'kontorstjanster/arkivarie/1', specifications: [] },
    ],
    check: { level: 'kontorstjanster/arkivarie/1', text: '• körkort' },
  };

  it('round-trips through JSON', () => {
    expect(readDraft(draftJson(draft), known)).toEqual({ draft, dropped: [] });
    expect(chosenLevels(draft)).toEqual([{ id: 'kontorstjanster/administrator/2', count: 2 }, { id: 'kontorstjanster/arkivarie/1' }]);
  });

  it('refuses what is not a draft, with a reason', () => {
    expect(readDraft('{', known)).toEqual({ problem: 'not-json' });
    expect(readDraft('{"format":"other"}', known)).toEqual({ problem: 'not-a-draft' });
    expect(readDraft(JSON.stringify({ ...draft, levels: [{ id: 'x', count: 0, specifications: [] }] }), known)).toEqual({
      problem: 'not-a-draft',
    });
    expect(readDraft(JSON.stringify({ ...draft, version: 2 }), known)).toEqual({ problem: 'not-a-draft' });
  });

  it('leaves out levels the site no longer has, and repeats', () => {
    const old = { ...draft, levels: [...draft.levels, { id: 'kontorstjanster/gone/1', specifications: [] }, draft.levels[0]!] };
    expect(readDraft(JSON.stringify(old), known)).toEqual({ draft, dropped: ['kontorstjanster/gone/1'] });
  });
});

describe('the check in words', () => {
  const sv = checkWords(t('sv'), 'sv');
  const en = checkWords(t('en'), 'en');

  it('says "stricter: 5 years instead of 3" in both languages', () => {
    const finding = { aspect: 'years', direction: 'stricter', profile: 3, text: 5 } as const;
    expect(describeFinding(finding, sv)).toBe('Strängare: 5 år i stället för 3');
    expect(describeFinding(finding, en)).toBe('Stricter: 5 years instead of 3');
  });

  it('names education, skill and law levels in words', () => {
    expect(describeFinding({ aspect: 'education', direction: 'stricter', profile: 'upper-secondary', text: 'higher' }, sv)).toBe(
      'Strängare: högskoleutbildning i stället för gymnasium',
    );
    expect(describeFinding({ aspect: 'skill', direction: 'looser', profile: 'good', text: 'basic' }, en)).toBe(
      'Looser: basic knowledge instead of good knowledge',
    );
    expect(describeFinding({ aspect: 'skill', direction: 'stricter', profile: 'good', text: 'very-good' }, sv)).toBe(
      'Strängare: mycket goda kunskaper i stället för goda kunskaper',
    );
    expect(describeFinding({ aspect: 'law', direction: 'stricter', profile: 'awareness', text: 'good-awareness' }, sv)).toBe(
      'Strängare: god kännedom i stället för kännedom',
    );
    expect(describeFinding({ aspect: 'equivalent', direction: 'stricter' }, sv)).toBe('Strängare: ”eller likvärdig” saknas');
  });

  it('labels every kind of result in words', () => {
    const item = { id: 'a/b/1/tasks/1', section: 'tasks', text: { sv: 'x', en: 'x' } } as const;
    expect(checkLabel({ kind: 'same', text: 'x', item, exact: true, words: [] }, sv)).toBe('Samma');
    expect(checkLabel({ kind: 'same', text: 'x', item, exact: false, words: [] }, sv)).toBe('Samma ord, annan stavning');
    expect(checkLabel({ kind: 'part', text: 'x', item, part: 1, of: 2 }, en)).toBe('Part 1 of 2');
    expect(checkLabel({ kind: 'not-in-profile', text: 'x' }, en)).toBe('Not in the profile');
    expect(checkLabel({ kind: 'partial', text: 'x', item }, sv)).toBe('Bara en del av en punkt i profilen');
    expect(checkLabel({ kind: 'stricter-and-looser', text: 'x', item, findings: [], words: [] }, sv)).toBe('Strängare och mildare');
    expect(checkLabel({ kind: 'reworded', text: 'x', item, words: [] }, sv)).toBe('Omformulerad');
    expect(checkLabel({ kind: 'stricter', text: 'x', item, findings: [], words: [] }, sv)).toBe('Strängare');
    expect(checkLabel({ kind: 'looser', text: 'x', item, findings: [], words: [] }, sv)).toBe('Mildare');
    expect(checkLabel({ kind: 'merged', text: 'x', items: [item], words: [] }, sv)).toBe('Flera punkter i en');
    expect(describeFinding({ aspect: 'alternative', direction: 'stricter' }, sv)).toMatch(/^Strängare: ./);
  });
});
