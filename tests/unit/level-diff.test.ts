import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareLevels,
  countChanges,
  markItems,
  pairItems,
  pairRequirements,
  readableChange,
  sameTask,
  sameWording,
  similarity,
  wordChanges,
  wordKeys,
  type ItemChange,
  type WordPart,
} from '../../src/lib/level-diff';
import type { Criterion } from '../../src/schemas/criterion';
import type { Requirement } from '../../src/schemas/role';
import type { LocalizedText } from '../../src/schemas/text';
import { levelOf, roles } from './real-roles';

/** Every pair of levels of every role, both ways round. */
const pairs = [...roles].flatMap(([slug, role]) =>
  role.levels.flatMap((a) =>
    role.levels.filter((b) => b.level !== a.level).map((b) => ({ slug, from: a, to: b, name: `${slug} ${a.level} → ${b.level}` })),
  ),
);

/** One side's text from word parts. */
function sideText(parts: WordPart[], side: 'from' | 'to'): string {
  const skip = side === 'from' ? 'added' : 'removed';
  return parts
    .filter((part) => part.kind !== skip)
    .map((part) => part.text)
    .join('');
}

const even = (text: string) => text.replace(/\s+/g, ' ').trim();

function itemsOn<T extends LocalizedText>(changes: Array<ItemChange<T>>, side: 'from' | 'to'): T[] {
  return changes.flatMap((change) => {
    if (change.kind === 'revised') return change[side];
    return side in change ? [(change as unknown as Record<typeof side, T>)[side]] : [];
  });
}

function kinds(changes: Array<ItemChange<LocalizedText>>): string[] {
  return changes.map((change) => (change.kind === 'revised' ? `revised:${change.direction}` : change.kind));
}

const text = (sv: string, en = sv): LocalizedText => ({ sv, en });
const requirement = (sv: string, criterion: Criterion): Requirement => ({ sv, en: sv, criterion });

/** What pairing calls two single items: the same, reworded, raised/lowered/changed, or two separate items. */
function taskLabel(a: string, b: string): string {
  return kinds(pairItems([text(a)], [text(b)])).join(' ');
}
function requirementLabel(a: Requirement[], b: Requirement[]): string {
  return kinds(pairRequirements(a, b)).join(' ');
}

const upperSecondary: Criterion = { kind: 'education', level: 'upper-secondary' };
const higherInField: Criterion = { kind: 'education', level: 'higher', field: 'role-field' };
const higherEconomics: Criterion = { kind: 'education', level: 'higher', field: 'economics' };
const similar = (years: number): Criterion => ({ kind: 'experience', years, scope: 'similar-work' });
const inRole = (years: number, role: string): Criterion => ({ kind: 'experience', years, scope: 'in-role', role });
const office = (level: 'basic' | 'knowledge' | 'good'): Criterion => ({ kind: 'skill', skill: 'ms-office', level });

describe('pairing: a written set of cases, each with the label a reader should see', () => {
  const taskCases: Array<[string, string, string, string]> = [
    ['the same words', 'planera och samordna.', 'planera och samordna.', 'same'],
    ['only punctuation differs', 'arbete med redovisning och bokföring.', 'arbete med redovisning och bokföring', 'same'],
    ['only case differs', 'Kontering.', 'kontering.', 'same'],
    ['only inflection differs (arbete, arbeta)', 'arbete med kontering.', 'arbeta med kontering.', 'same'],
    ['only inflection differs (plural)', 'sköta administrativa rutiner.', 'sköta administrativ rutin.', 'same'],
    ['words added at the end (Assistent 1 → 2)', 'skriver protokoll och andra dokument.', 'skriver protokoll och andra dokument efter anvisningar om sakinnehåll.', 'reworded'],
    [
      'one subject more (Personaladministratör 1 → 2)',
      'arbete med regler och rutiner kring anställningar, och arbetsmiljöfrågor.',
      'arbete med regler och rutiner kring anställningar, arbetsmiljöfrågor och rehabiliteringsfrågor.',
      'reworded',
    ],
    ['a part dropped', 'utreda, granska och handlägga ärenden, samt fatta beslut i enklare ärenden.', 'utreda, granska och handlägga ärenden.', 'reworded'],
    ['"och" for a comma', 'planera och samordna.', 'planera, samordna.', 'reworded'],
    [
      'examples added in brackets (Ekonomiassistent 2 → Redovisningsekonom 1)',
      'arbete med redovisning och bokföring.',
      'arbete med redovisning och bokföring (exempelvis kundreskontra, leverantörsreskontra, huvudbokföring, kassa- och bankavstämningar).',
      'reworded',
    ],
    ['only "arbete med" in common (reskontra, avstämningar)', 'arbete med leverantör- och kundreskontra.', 'arbete med avstämningar, felsökningar och kontroller.', 'removed added'],
    ['only "arbete med" in common (avstämningar, årsbokslut)', 'arbete med kassa- och bankavstämningar.', 'arbete med årsbokslut.', 'removed added'],
    [
      'another task that mentions the same subject in its examples',
      'arbete med kassa- och bankavstämningar.',
      'arbete med redovisning och bokföring (exempelvis kundreskontra, leverantörsreskontra, huvudbokföring, kassa- och bankavstämningar).',
      'removed added',
    ],
    ['"rekrytering och" in common (Personaladministratör)', 'rekrytering och urval av personal (exempelvis referenstagning).', 'rekrytering och kartläggning av behovet av kompetensförsörjning.', 'removed added'],
    [
      'the same service, other duties (Receptionist → Växeltelefonist)',
      'arbete med myndighetens telefonservice (t.ex. koppla samtal, beställa samtal, flytta anknytningar och ordna telefonkonferenser).',
      'arbete med myndighetens telefonservice/växel, besvara och förmedla inkommande och utgående samtal.',
      'removed added',
    ],
    ['nothing in common', 'kontering.', 'budgetarbete.', 'removed added'],
    ['one verb in common of two words', 'hantera post.', 'hantera kassa.', 'removed added'],
  ];
  it.each(taskCases)('task: %s', (_, a, b, expected) => {
    expect(taskLabel(a, b)).toBe(expected);
  });

  const requirementCases: Array<[string, Requirement[], Requirement[], string]> = [
    [
      'more years (Vaktmästare 1 → 2)',
      [requirement('minst ett (1) års arbetslivserfarenhet som vaktmästare.', inRole(1, 'vaktmastare'))],
      [requirement('minst tre (3) års arbetslivserfarenhet som vaktmästare.', inRole(3, 'vaktmastare'))],
      'revised:raised',
    ],
    [
      'fewer years',
      [requirement('minst tre (3) års arbetslivserfarenhet som vaktmästare.', inRole(3, 'vaktmastare'))],
      [requirement('minst ett (1) års arbetslivserfarenhet som vaktmästare.', inRole(1, 'vaktmastare'))],
      'revised:lowered',
    ],
    [
      'a higher skill level (MS Office)',
      [requirement('kunskaper i MS Office eller likvärdigt.', office('knowledge'))],
      [requirement('goda kunskaper i MS Office eller likvärdigt.', office('good'))],
      'revised:raised',
    ],
    [
      'only punctuation differs',
      [requirement('gymnasium eller likvärdig utbildning.', upperSecondary)],
      [requirement('gymnasium eller likvärdig utbildning', upperSecondary)],
      'same',
    ],
    [
      'education raised and joined with experience (Handläggare 1 → 2): raised, not removed',
      [requirement('gymnasium eller likvärdig utbildning.', upperSecondary), requirement('minst ett (1) års arbetslivserfarenhet från liknande arbete.', similar(1))],
      [
        requirement('högskoleutbildning eller likvärdig utbildning inom aktuellt område och minst ett (1) års arbetslivserfarenhet från liknande arbete.', {
          kind: 'all-of',
          of: [higherInField, similar(1)],
        }),
      ],
      'revised:raised',
    ],
    [
      'similar work becomes work in the role (Administratör 1 → 2)',
      [requirement('minst ett (1) års arbetslivserfarenhet från liknande arbete.', similar(1))],
      [requirement('minst tre (3) års arbetslivserfarenhet som administratör.', inRole(3, 'administrator'))],
      'revised:raised',
    ],
    [
      'alternatives that let in someone the level below does not (Ekonomiassistent 1 → 2)',
      [requirement('gymnasium eller likvärdig utbildning.', upperSecondary), requirement('minst ett (1) års arbetslivserfarenhet som ekonomiassistent.', inRole(1, 'ekonomiassistent'))],
      [
        requirement('högskoleutbildning inom ekonomi … Alternativt, gymnasium … samt fem (5) års arbetslivserfarenhet som ekonomiassistent.', {
          kind: 'any-of',
          of: [
            { kind: 'all-of', of: [higherEconomics, similar(3)] },
            { kind: 'all-of', of: [upperSecondary, inRole(5, 'ekonomiassistent')] },
          ],
        }),
      ],
      'revised:changed',
    ],
    ['a new requirement (körkort)', [], [requirement('körkort klass B.', { kind: 'driving-licence', class: 'B' })], 'added'],
    [
      'the same criterion in other words',
      [requirement('god kännedom om lagar och förordningar på området.', { kind: 'law-knowledge', level: 'good-awareness' })],
      [requirement('god kännedom om lagar och förordningar inom området.', { kind: 'law-knowledge', level: 'good-awareness' })],
      'reworded',
    ],
    [
      'years in another role (Receptionist → Växeltelefonist)',
      [requirement('minst ett (1) års arbetslivserfarenhet som receptionist.', inRole(1, 'receptionist'))],
      [requirement('minst ett (1) års arbetslivserfarenhet som växeltelefonist.', inRole(1, 'vaxeltelefonist'))],
      'revised:changed',
    ],
    [
      'another system: two requirements, not one changed',
      [requirement('kunskaper i lönesystem.', { kind: 'skill', skill: 'payroll-system', level: 'knowledge' })],
      [requirement('kunskaper i ekonomisystem.', { kind: 'skill', skill: 'finance-system', level: 'knowledge' })],
      'removed added',
    ],
  ];
  it.each(requirementCases)('requirement: %s', (_, a, b, expected) => {
    expect(requirementLabel(a, b)).toBe(expected);
  });

  it('has at least 20 cases', () => {
    expect(taskCases.length + requirementCases.length).toBeGreaterThanOrEqual(20);
  });
});

describe('word keys', () => {
  it('ignore case, punctuation and inflection', () => {
    expect(wordKeys('Arbete med kontering.')).toEqual(wordKeys('arbeta med kontering'));
    expect(sameWording('(exempelvis Agresso, Raindance m.fl.)', 'exempelvis Agresso Raindance m.fl')).toBe(true);
    expect(sameWording('goda kunskaper', 'kunskaper')).toBe(false);
  });
});

describe('wordChanges', () => {
  it('marks the words that a reworded task gains', () => {
    expect(wordChanges('skriver protokoll och andra dokument.', 'skriver protokoll och andra dokument efter anvisningar om sakinnehåll.')).toEqual([
      { kind: 'same', text: 'skriver protokoll och andra dokument ' },
      { kind: 'added', text: 'efter anvisningar om sakinnehåll' },
      { kind: 'same', text: '.' },
    ]);
  });

  it('keeps Swedish words whole, old word beside new', () => {
    const parts = wordChanges('minst ett (1) års arbetslivserfarenhet som vaktmästare.', 'minst tre (3) års arbetslivserfarenhet som vaktmästare.');
    expect(parts.filter((part) => part.kind !== 'same').map((part) => part.text)).toEqual(['ett', 'tre', '1', '3']);
  });

  it('marks no punctuation and no inflection', () => {
    const parts = wordChanges('goda kunskaper i ekonomisystem (exempelvis Agresso, Raindance m.fl.)', 'goda kunskaper i ekonomisystem (exempelvis Agresso, Raindance, m.fl.).');
    expect(parts).toEqual([{ kind: 'same', text: 'goda kunskaper i ekonomisystem (exempelvis Agresso, Raindance, m.fl.).' }]);
    expect(wordChanges('arbete med kontering', 'arbeta med kontering')).toEqual([{ kind: 'same', text: 'arbeta med kontering' }]);
  });

  it('keeps a space after words only removed', () => {
    const parts = wordChanges('a b c', 'a c');
    expect(sideText(parts, 'from')).toBe('a b c');
    expect(even(sideText(parts, 'to'))).toBe('a c');
  });
});

describe('readableChange', () => {
  it('writes each replaced run as "old → new", never two words run together', () => {
    const parts = wordChanges('minst ett (1) års arbetslivserfarenhet.', 'minst tre (3) års arbetslivserfarenhet.');
    expect(readableChange(parts)).toBe('minst ett → tre (1 → 3) års arbetslivserfarenhet.');
    expect(readableChange(wordChanges('kunskaper i MS Office.', 'goda kunskaper i MS Office.'))).toBe('goda kunskaper i MS Office.');
    expect(readableChange(wordChanges('arbete från liknande arbete.', 'arbete som administratör.'))).toBe('arbete från liknande arbete → som administratör.');
  });

  it.each(pairs)('$name: the readable text has only words of the two levels', ({ from, to }) => {
    const { tasks, requirements } = compareLevels(from, to);
    for (const change of [...tasks, ...requirements]) {
      if (change.kind !== 'reworded' && change.kind !== 'revised') continue;
      for (const lang of ['sv', 'en'] as const) {
        const known = new Set([...itemsOn([change], 'from'), ...itemsOn([change], 'to')].flatMap((item) => item[lang].toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []));
        for (const word of readableChange(change.words[lang]).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) expect(known).toContain(word);
      }
    }
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

  it('counts content words only: "arbete med" alone does not make two tasks one', () => {
    expect(similarity('arbete med leverantör- och kundreskontra.', 'arbete med avstämningar, felsökningar och kontroller.')).toBeLessThan(0.5);
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

  it('keeps both levels\' items, the second level\'s in its order, whatever the items', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), fc.array(item, { maxLength: 8 }), (from, to) => {
        const changes = pairItems(from, to, sameTask);
        const bySv = (a: LocalizedText, b: LocalizedText) => a.sv.localeCompare(b.sv);
        expect(itemsOn(changes, 'from').sort(bySv)).toEqual([...from].sort(bySv));
        expect(itemsOn(changes, 'to')).toEqual(to);
        for (const change of changes) {
          if (change.kind === 'same') expect(sameWording(change.from.sv, change.to.sv)).toBe(true);
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
  it('Vaktmästare 1 → 2 adds one task, raises experience, adds driving licence and case management system', () => {
    const { tasks, requirements } = compareLevels(levelOf('vaktmastare', 1), levelOf('vaktmastare', 2));
    expect(countChanges(tasks)).toMatchObject({ same: 9, reworded: 0, added: 1, removed: 0 });
    expect(tasks.filter((change) => change.kind === 'added').map((change) => change.to.sv)).toEqual(['dokumentera åtgärder.']);
    const experience = requirements.find((change) => change.kind === 'revised');
    if (experience?.kind !== 'revised') throw new Error('expected a revised requirement');
    expect(experience.direction).toBe('raised');
    expect(experience.from.map((item) => item.criterion)).toMatchObject([{ kind: 'experience', years: 1 }]);
    expect(experience.to.map((item) => item.criterion)).toMatchObject([{ kind: 'experience', years: 3 }]);
    expect(requirements.filter((change) => change.kind === 'added').map((change) => change.to.criterion)).toEqual([
      { kind: 'driving-licence', class: 'B' },
      { kind: 'skill', skill: 'case-management-system', level: 'basic' },
    ]);
    expect(countChanges(requirements)).toEqual({ same: 1, reworded: 0, added: 2, removed: 0, raised: 1, lowered: 0, changed: 0 });
  });

  it('Assistent 1 → 2 rewords one task rather than removing one and adding another', () => {
    const { tasks } = compareLevels(levelOf('assistent', 1), levelOf('assistent', 2));
    expect(countChanges(tasks)).toMatchObject({ same: 8, reworded: 1, added: 0, removed: 0 });
    const reworded = tasks.find((change) => change.kind === 'reworded');
    if (reworded?.kind !== 'reworded') throw new Error('expected a reworded task');
    expect(reworded.words.sv.filter((part) => part.kind === 'added').map((part) => part.text)).toEqual(['efter anvisningar om sakinnehåll']);
    expect(reworded.words.sv.some((part) => part.kind === 'removed')).toBe(false);
    expect(reworded.words.en.filter((part) => part.kind === 'added').map((part) => part.text)).toEqual(['following instructions on their substance']);
  });

  it('Handläggare 1 → 2 raises education (not "removed") and Office', () => {
    const { requirements } = compareLevels(levelOf('handlaggare', 1), levelOf('handlaggare', 2));
    expect(kinds(requirements)).toEqual(['revised:raised', 'revised:raised']);
    const [education] = requirements;
    if (education?.kind !== 'revised') throw new Error('expected a revised requirement');
    expect(education.from.map((item) => item.criterion.kind)).toEqual(['education', 'experience']);
  });

  it('Handläggare 2 → 3 has the same tasks and asks 3 years of experience instead of 1', () => {
    const { tasks, requirements } = compareLevels(levelOf('handlaggare', 2), levelOf('handlaggare', 3));
    expect(kinds(tasks).every((kind) => kind === 'same')).toBe(true);
    expect(kinds(requirements)).toEqual(['revised:raised', 'same']);
    const raised = requirements[0];
    if (raised?.kind !== 'revised') throw new Error('expected a revised requirement');
    expect(raised.words.sv.filter((part) => part.kind !== 'same').map((part) => part.text)).toEqual(['ett', 'tre', '1', '3']);
  });

  it('Administratör 1 → 2 treats experience of similar work and experience as administrator as one requirement, raised', () => {
    const { requirements } = compareLevels(levelOf('administrator', 1), levelOf('administrator', 2));
    expect(kinds(requirements)).toEqual(['same', 'revised:raised', 'same']);
  });

  it.each(pairs)('$name keeps every item of both levels, and the words add up to the second level', ({ from, to }) => {
    const comparison = compareLevels(from, to);
    const sorted = <T extends LocalizedText>(items: T[]) => [...items].sort((a, b) => a.sv.localeCompare(b.sv));
    expect(itemsOn(comparison.tasks, 'from')).toEqual(from.tasks);
    expect(itemsOn(comparison.tasks, 'to')).toEqual(to.tasks);
    expect(sorted(itemsOn(comparison.requirements, 'from'))).toEqual(sorted([...from.requirements]));
    expect(sorted(itemsOn(comparison.requirements, 'to'))).toEqual(sorted([...to.requirements]));
    for (const change of [...comparison.tasks, ...comparison.requirements]) {
      if (change.kind !== 'reworded' && change.kind !== 'revised') continue;
      for (const lang of ['sv', 'en'] as const) {
        const [before, after] = (['from', 'to'] as const).map((side) => itemsOn([change], side).map((item) => item[lang]).join(' '));
        expect(even(sideText(change.words[lang], 'to'))).toBe(even(after!));
        expect(wordKeys(sideText(change.words[lang], 'from'), lang)).toEqual(wordKeys(before!, lang));
      }
    }
  });

  it.each(pairs)('$name reversed swaps new and gone, raised and lowered', ({ from, to }) => {
    const forward = compareLevels(from, to);
    const backward = compareLevels(to, from);
    const flip: Record<string, string> = { added: 'removed', removed: 'added', 'revised:raised': 'revised:lowered', 'revised:lowered': 'revised:raised' };
    const count = (list: string[]) => list.map((kind) => flip[kind] ?? kind).sort();
    expect(count(kinds(backward.tasks))).toEqual(kinds(forward.tasks).sort());
    expect(count(kinds(backward.requirements))).toEqual(kinds(forward.requirements).sort());
  });
});

describe('markItems: the marks of a level against the level below', () => {
  it('Handläggare 3 against 2: every task the same, experience raised with "tre" and "3" new', () => {
    const { tasks, requirements } = compareLevels(levelOf('handlaggare', 2), levelOf('handlaggare', 3));
    expect(markItems(tasks).every((item) => item.mark === 'same')).toBe(true);
    const marked = markItems(requirements);
    expect(marked.map((item) => item.mark)).toEqual(['raised', 'same']);
    expect(marked[0]?.words?.sv.filter((part) => part.kind === 'added').map((part) => part.text)).toEqual(['tre', '3']);
    expect(marked[0]?.words?.sv.some((part) => part.kind === 'removed')).toBe(false);
  });

  it.each(pairs.filter((pair) => pair.to.level === pair.from.level + 1))('$name marks every item of the higher level once, in its order', ({ from, to }) => {
    const { tasks, requirements } = compareLevels(from, to);
    expect(markItems(tasks).map((item) => item.item)).toEqual(to.tasks);
    expect(new Set(markItems(requirements).map((item) => item.item))).toEqual(new Set(to.requirements));
    for (const item of markItems(requirements)) {
      if (item.words) expect(even(item.words.sv.map((part) => part.text).join(''))).toBe(even(item.item.sv));
    }
  });
});
