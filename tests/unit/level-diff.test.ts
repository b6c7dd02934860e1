import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareLevels,
  countChanges,
  pairItems,
  removalsFirst,
  sameTask,
  similarity,
  wordChanges,
  type ItemChange,
  type LevelComparison,
  type WordPart,
} from '../../src/lib/level-diff';
import type { LocalizedText } from '../../src/schemas/text';
import { levelOf, roles } from './real-roles';

/** Every pair of levels of every role, both ways round. */
const pairs = [...roles].flatMap(([slug, role]) =>
  role.levels.flatMap((a) =>
    role.levels.filter((b) => b.level !== a.level).map((b) => ({ slug, from: a, to: b, name: `${slug} ${a.level} → ${b.level}` })),
  ),
);

/** One side's text from word parts. diffWords keeps whitespace only as far as it can, so spaces are evened out. */
function texts(parts: WordPart[], side: 'from' | 'to'): string {
  const skip = side === 'from' ? 'added' : 'removed';
  return even(parts.filter((part) => part.kind !== skip).map((part) => part.text).join(''));
}

function even(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/ (?=[.,)])/g, '').replace(/(?<=\() /g, '').trim();
}

function itemsOn<T extends LocalizedText>(changes: Array<ItemChange<T>>, side: 'from' | 'to'): T[] {
  return changes.flatMap((change) => (side in change ? [(change as Record<typeof side, T>)[side]] : []));
}

/** The same comparison seen from the other level: added and removed swap, and so do ins and del. */
function reverse<T extends LocalizedText>(changes: Array<ItemChange<T>>): Array<ItemChange<T>> {
  const flip = (parts: WordPart[]): WordPart[] =>
    parts.map((part) => ({ ...part, kind: part.kind === 'added' ? 'removed' : part.kind === 'removed' ? 'added' : 'same' }));
  return changes.map((change) => {
    switch (change.kind) {
      case 'same':
        return { kind: 'same', from: change.to, to: change.from };
      case 'added':
        return { kind: 'removed', from: change.to };
      case 'removed':
        return { kind: 'added', to: change.from };
      case 'reworded':
        return { kind: 'reworded', from: change.to, to: change.from, words: { sv: flip(change.words.sv), en: flip(change.words.en) } };
    }
  });
}

// Between a removal and an addition that stand together the order is free: compare in the
// diff module's own order (removed first).
const canonical = removalsFirst;

function canonicalComparison(changes: Array<ItemChange<LocalizedText>>) {
  return canonical(changes).map((change) =>
    change.kind === 'reworded' ? { ...change, words: { sv: canonical(change.words.sv), en: canonical(change.words.en) } } : change,
  );
}

function kinds(changes: Array<ItemChange<LocalizedText>>): string[] {
  return changes.map((change) => change.kind);
}

describe('wordChanges', () => {
  it('marks the words that a reworded task gains', () => {
    expect(wordChanges('skriver protokoll och andra dokument.', 'skriver protokoll och andra dokument efter anvisningar om sakinnehåll.')).toEqual([
      { kind: 'same', text: 'skriver protokoll och andra dokument ' },
      { kind: 'added', text: 'efter anvisningar om sakinnehåll' },
      { kind: 'same', text: '.' },
    ]);
  });

  it('keeps Swedish words whole', () => {
    const parts = wordChanges('minst ett (1) års arbetslivserfarenhet som vaktmästare.', 'minst tre (3) års arbetslivserfarenhet som vaktmästare.');
    expect(parts.filter((part) => part.kind !== 'same').map((part) => part.text)).toEqual(['ett', 'tre', '1', '3']);
  });
});

describe('similarity', () => {
  it('is 1 for the same words and 0 for none in common', () => {
    expect(similarity('planera och samordna.', 'planera och samordna.')).toBe(1);
    expect(similarity('kontering.', 'budgetarbete.')).toBe(0);
  });

  it('counts words, not punctuation', () => {
    expect(similarity('kontering.', 'kontering')).toBe(1);
  });

  it('treats a task that keeps most of its words as the same task', () => {
    expect(sameTask({ sv: 'skriver protokoll och andra dokument.', en: '' }, { sv: 'skriver protokoll och andra dokument efter anvisningar om sakinnehåll.', en: '' })).toBe(true);
    // "rekrytering och urval" and "rekrytering och kartläggning" share only "rekrytering och ... av": a new task.
    expect(
      sameTask(
        { sv: 'rekrytering och urval av personal (exempelvis referenstagning).', en: '' },
        { sv: 'rekrytering och kartläggning av behovet av kompetensförsörjning.', en: '' },
      ),
    ).toBe(false);
  });
});

describe('pairItems', () => {
  const item = fc.constantFrom('a b c', 'a b c d', 'x y', 'x y z w', 'p', 'q r s t u').map((sv) => ({ sv, en: sv.toUpperCase() }));

  it('keeps both levels\' items, in their order, whatever the items', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), fc.array(item, { maxLength: 8 }), (from, to) => {
        const changes = pairItems(from, to, sameTask);
        expect(itemsOn(changes, 'from')).toEqual(from);
        expect(itemsOn(changes, 'to')).toEqual(to);
        for (const change of changes) {
          if (change.kind === 'same') expect(change.from.sv).toBe(change.to.sv);
          if (change.kind === 'reworded') {
            expect(change.from.sv).not.toBe(change.to.sv);
            expect(sameTask(change.from, change.to)).toBe(true);
          }
        }
      }),
    );
  });

  it('finds nothing to change between a level and itself', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), (items) => {
        expect(pairItems(items, items, sameTask).every((change) => change.kind === 'same')).toBe(true);
      }),
    );
  });
});

describe('compareLevels on the real content', () => {
  it('Vaktmästare 1 → 2 adds one task and raises experience, adding driving licence and case management system', () => {
    const { tasks, requirements } = compareLevels(levelOf('vaktmastare', 1), levelOf('vaktmastare', 2));
    expect(countChanges(tasks)).toEqual({ same: 9, reworded: 0, added: 1, removed: 0 });
    expect(tasks.filter((change) => change.kind === 'added').map((change) => change.to.sv)).toEqual(['dokumentera åtgärder.']);

    const experience = requirements.find((change) => change.kind === 'reworded');
    expect(experience?.kind === 'reworded' && experience.from.criterion).toMatchObject({ kind: 'experience', years: 1 });
    expect(experience?.kind === 'reworded' && experience.to.criterion).toMatchObject({ kind: 'experience', years: 3 });
    expect(requirements.filter((change) => change.kind === 'added').map((change) => change.to.criterion)).toEqual([
      { kind: 'driving-licence', class: 'B' },
      { kind: 'skill', skill: 'case-management-system', level: 'basic' },
    ]);
    expect(countChanges(requirements)).toEqual({ same: 1, reworded: 1, added: 2, removed: 0 });
  });

  it('Assistent 1 → 2 rewords one task rather than removing one and adding another', () => {
    const { tasks } = compareLevels(levelOf('assistent', 1), levelOf('assistent', 2));
    expect(countChanges(tasks)).toEqual({ same: 8, reworded: 1, added: 0, removed: 0 });
    const reworded = tasks.find((change) => change.kind === 'reworded');
    if (reworded?.kind !== 'reworded') throw new Error('expected a reworded task');
    expect(reworded.words.sv.filter((part) => part.kind === 'added').map((part) => part.text)).toEqual(['efter anvisningar om sakinnehåll']);
    expect(reworded.words.sv.some((part) => part.kind === 'removed')).toBe(false);
    expect(reworded.words.en.filter((part) => part.kind === 'added').map((part) => part.text)).toEqual(['following instructions on their substance']);
  });

  it('Handläggare 2 → 3 has the same tasks and asks 3 years of experience instead of 1', () => {
    const { tasks, requirements } = compareLevels(levelOf('handlaggare', 2), levelOf('handlaggare', 3));
    expect(kinds(tasks).every((kind) => kind === 'same')).toBe(true);
    expect(countChanges(requirements)).toEqual({ same: 1, reworded: 1, added: 0, removed: 0 });
    const reworded = requirements.find((change) => change.kind === 'reworded');
    if (reworded?.kind !== 'reworded') throw new Error('expected a reworded requirement');
    expect(reworded.words.sv.filter((part) => part.kind !== 'same').map((part) => part.text)).toEqual(['ett', 'tre', '1', '3']);
    expect(reworded.words.en.filter((part) => part.kind !== 'same').map((part) => part.text)).toEqual(['one', 'three', '1', '3', 'year', 'years']);
  });

  it('Administratör 1 → 2 treats experience of similar work and experience as administrator as one requirement', () => {
    const { requirements } = compareLevels(levelOf('administrator', 1), levelOf('administrator', 2));
    expect(kinds(requirements)).toEqual(['same', 'reworded', 'same']);
  });

  it.each(pairs)('$name keeps every item of both levels, in order, and words add up', ({ from, to }) => {
    const comparison: LevelComparison = compareLevels(from, to);
    expect(itemsOn(comparison.tasks, 'from')).toEqual(from.tasks);
    expect(itemsOn(comparison.tasks, 'to')).toEqual(to.tasks);
    expect(itemsOn(comparison.requirements, 'from')).toEqual(from.requirements);
    expect(itemsOn(comparison.requirements, 'to')).toEqual(to.requirements);
    for (const change of [...comparison.tasks, ...comparison.requirements]) {
      if (change.kind !== 'reworded') continue;
      for (const lang of ['sv', 'en'] as const) {
        expect(texts(change.words[lang], 'from')).toBe(even(change.from[lang]));
        expect(texts(change.words[lang], 'to')).toBe(even(change.to[lang]));
      }
    }
  });

  it.each(pairs)('$name reversed gives the reverse result', ({ from, to }) => {
    const forward = compareLevels(from, to);
    const backward = compareLevels(to, from);
    expect(canonicalComparison(reverse(backward.tasks))).toEqual(canonicalComparison(forward.tasks));
    expect(canonicalComparison(reverse(backward.requirements))).toEqual(canonicalComparison(forward.requirements));
  });
});
