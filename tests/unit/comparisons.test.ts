import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n';
import { comparison, comparisonLinkText, foldUnchanged, levelPairs, pairsWith } from '../../src/lib/comparisons';
import { compareLevels } from '../../src/lib/level-diff';
import { acrossView, countsInWords } from '../../src/lib/change-summary';
import { catalog, levelOf, roleBySlug, roleTitles } from './real-roles';

describe('levelPairs', () => {
  it('gives every pair once, lower level first, neighbours before wider steps', () => {
    expect(levelPairs(roleBySlug('handlaggare').levels).map((pair) => pair.slug)).toEqual(['1-2', '2-3', '1-3']);
    expect(levelPairs(roleBySlug('assistent').levels).map((pair) => pair.slug)).toEqual(['1-2']);
    expect(levelPairs(roleBySlug('arkivarie').levels)).toEqual([]);
  });

  it('makes ten comparisons of the real content', () => {
    const all = catalog.roles.flatMap((role) => levelPairs(role.levels).map((pair) => `${role.slug} ${pair.slug}`));
    expect(all).toEqual([
      'administrator 1-2',
      'assistent 1-2',
      'ekonomiassistent 1-2',
      'handlaggare 1-2',
      'handlaggare 2-3',
      'handlaggare 1-3',
      'loneadministrator 1-2',
      'personaladministrator 1-2',
      'redovisningsekonom 1-2',
      'vaktmastare 1-2',
    ]);
  });

  it('finds the pairs a level takes part in', () => {
    expect(pairsWith(roleBySlug('handlaggare').levels, 3).map((pair) => pair.slug)).toEqual(['2-3', '1-3']);
  });
});

describe('links', () => {
  it('asks what changes at the next level, or between two levels further apart', () => {
    expect(comparisonLinkText(t('sv'), 1, 2)).toBe('Vad ändras på nivå 2?');
    expect(comparisonLinkText(t('en'), 1, 2)).toBe('What changes at level 2?');
    expect(comparisonLinkText(t('sv'), 1, 3)).toBe('Vad ändras från nivå 1 till nivå 3?');
    expect(comparisonLinkText(t('en'), 1, 3)).toBe('What changes from level 1 to level 3?');
  });
});

describe('foldUnchanged', () => {
  it('folds all unchanged items into one group where the first stands, and keeps changes and order', () => {
    const { tasks } = compareLevels(levelOf('assistent', 1), levelOf('assistent', 2));
    const runs = foldUnchanged(tasks);
    expect(runs.map((run) => (run.kind === 'unchanged' ? run.items.length : run.kind))).toEqual([8, 'reworded']);
  });

  it('folds a list without changes into one run', () => {
    const { tasks } = compareLevels(levelOf('handlaggare', 2), levelOf('handlaggare', 3));
    expect(foldUnchanged(tasks)).toEqual([{ kind: 'unchanged', items: levelOf('handlaggare', 3).tasks }]);
  });
});

describe('comparison', () => {
  it('counts and words Vaktmästare 1 → 2 in both languages', () => {
    const sv = comparison(levelOf('vaktmastare', 1), levelOf('vaktmastare', 2), 'sv', roleTitles);
    expect(sv.taskCounts).toEqual({ same: 9, reworded: 0, added: 1, removed: 0, raised: 0, lowered: 0, changed: 0 });
    expect(countsInWords(sv.taskCounts, 'tasks', t('sv'))).toBe('Arbetsuppgifter: 1 ny, 9 oförändrade.');
    expect(countsInWords(sv.requirementCounts, 'requirements', t('sv'))).toBe('Kompetenskrav: 2 nya, 1 skärpt, 1 oförändrat.');
    expect(countsInWords(sv.requirementCounts, 'requirements', t('en'))).toBe('Requirements: 2 new, 1 raised, 1 unchanged.');
    expect(sv.summary).toEqual([
      { kind: 'changed', direction: 'raised', label: 'Erfarenhet', from: 'minst 1 år som vaktmästare', to: 'minst 3 år som vaktmästare' },
      { kind: 'added', direction: 'raised', label: 'Körkort', from: '', to: 'körkort klass B' },
      { kind: 'added', direction: 'raised', label: 'Ärendesystem', from: '', to: 'grundkunskaper i ärendesystem' },
    ]);
    const en = comparison(levelOf('vaktmastare', 1), levelOf('vaktmastare', 2), 'en', roleTitles);
    expect(en.summary.map((line) => line.kind !== 'reworded-only' && line.to)).toEqual([
      'at least 3 years as caretaker',
      'driving licence, category B',
      'basic knowledge of case management systems',
    ]);
  });

  it('falls back to saying a requirement was reworded when what it asks stays the same', () => {
    const from = levelOf('vaktmastare', 1);
    const [experience, office] = from.requirements;
    const reworded = { ...from, requirements: [experience!, { ...office!, sv: 'grundkunskaper i MS Office.', en: 'basic knowledge of MS Office.' }] };
    const result = comparison(from, reworded, 'sv', roleTitles);
    expect(result.requirementCounts).toEqual({ same: 1, reworded: 1, added: 0, removed: 0, raised: 0, lowered: 0, changed: 0 });
    expect(result.summary).toEqual([{ kind: 'reworded-only', label: 'MS Office eller likvärdigt' }]);
  });
});

describe('acrossView: two roles side by side', () => {
  it('Ekonomiassistent 2 and Redovisningsekonom 1: what both have folded, the rest aligned, nothing struck through', () => {
    const { tasks } = compareLevels(levelOf('ekonomiassistent', 2), levelOf('redovisningsekonom', 1));
    const view = acrossView(tasks, 'sv');
    expect(view.both.map((item) => item.sv)).toEqual(['arbete i ekonomisystem (exempelvis Agresso, Raindance, m.fl.).']);
    const pair = view.rows.find((row) => row.kind === 'pair');
    expect(pair?.a?.map((part) => part.text).join('')).toBe('arbete med redovisning och bokföring.');
    expect(pair?.b?.filter((part) => part.differs).map((part) => part.text).join(' ')).toContain('exempelvis kundreskontra');
    // Unrelated tasks that both start with "arbete med" are not paired.
    const onlyA = view.rows.filter((row) => row.kind === 'only-a').map((row) => row.a?.[0]?.text);
    expect(onlyA).toContain('arbete med leverantör- och kundreskontra.');
    expect(onlyA).toContain('arbete med kassa- och bankavstämningar.');
  });
});
