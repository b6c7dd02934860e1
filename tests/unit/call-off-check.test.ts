import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkText, profileItems, splitItems, type CheckLevel, type ItemCheck } from '../../src/lib/call-off/check';
import { readRequirement } from '../../src/lib/call-off/read-criteria';
import { editDistance, sameWord, tokens } from '../../src/lib/call-off/words';
import { catalog, levelOf } from './real-roles';

const level = (slug: string, number: number): CheckLevel => levelOf(slug, number);
const admin2 = level('administrator', 2);
const requirement = (l: CheckLevel, n: number) => l.requirements[n - 1]!.sv;
const task = (l: CheckLevel, n: number) => l.tasks[n - 1]!.sv;

function only(pasted: string, l: CheckLevel): ItemCheck {
  const result = checkText(pasted, l);
  expect(result.items).toHaveLength(1);
  return result.items[0]!;
}

describe('splitting a pasted text into items', () => {
  it('takes bullets, numbering and letters off', () => {
    expect(splitItems('• ett.\n- två.\n* tre.\n1. fyra.\n2) fem.\na) sex.\nK1: sju.\n– åtta.')).toEqual([
      'ett.', 'två.', 'tre.', 'fyra.', 'fem.', 'sex.', 'sju.', 'åtta.',
    ]);
  });

  it('joins a line break inside a bulleted item, and a word broken with a hyphen', () => {
    expect(splitItems('• minst tre (3) års arbetslivs-\n  erfarenhet som\n  administratör.\n• körkort klass B.')).toEqual([
      'minst tre (3) års arbetslivserfarenhet som administratör.',
      'körkort klass B.',
    ]);
  });

  it('without bullets: one item a line, a line that ends no sentence continues', () => {
    expect(splitItems('gymnasium eller likvärdig utbildning.\nminst ett (1) års arbetslivserfarenhet\nfrån liknande arbete.')).toEqual([
      'gymnasium eller likvärdig utbildning.',
      'minst ett (1) års arbetslivserfarenhet från liknande arbete.',
    ]);
    expect(splitItems('gymnasium\nkörkort\nMS Office')).toEqual(['gymnasium', 'körkort', 'MS Office']);
  });

  it('leaves headings and empty lines out', () => {
    expect(splitItems('Kompetenskrav:\n\n• körkort klass B.\n\nArbetsuppgifter kan bl.a. avse\n• kontering.')).toEqual([
      'körkort klass B.',
      'kontering.',
    ]);
    expect(splitItems('   \n\n')).toEqual([]);
  });
});

describe('words', () => {
  it('reads numbers as digits, once, with diacritics folded', () => {
    expect(tokens('minst fem (5) års')).toEqual(['minst', '5', 'ars']);
    expect(tokens('minst 5 års')).toEqual(['minst', '5', 'ars']);
    expect(tokens('minst ett (1) års')).toEqual(['minst', '1', 'ars']);
    expect(tokens('at least three (3) years')).toEqual(['at', 'least', '3', 'years']);
    expect(tokens('en eller flera personer')).toEqual(['en', 'eller', 'flera', 'personer']);
  });

  it('forgives one typo in a word of five letters, two from nine, never in numbers', () => {
    expect(sameWord('utbildning', 'utbilding')).toBe(true);
    expect(sameWord('kunskaper', 'kunksaper')).toBe(true);
    expect(sameWord('goda', 'gode')).toBe(false);
    expect(sameWord('3', '5')).toBe(false);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('checking a pasted text against a level', () => {
  it('1. the same text, character for character', () => {
    const result = only(`• ${requirement(admin2, 2)}`, admin2);
    expect(result).toMatchObject({ kind: 'same', exact: true, item: { id: 'kontorstjanster/administrator/2/requirements/2' } });
  });

  it('2. the same with a capital letter and no full stop', () => {
    expect(only('Gymnasium eller likvärdig utbildning', admin2)).toMatchObject({ kind: 'same', exact: true });
  });

  it('3. missing å, ä, ö still the same words, but not exactly', () => {
    expect(only('minst tre (3) ars arbetslivserfarenhet som administrator.', admin2)).toMatchObject({ kind: 'same', exact: false });
  });

  it('4. a small typo still the same words', () => {
    expect(only('gymnasium eller likvärdig utbilding.', admin2)).toMatchObject({ kind: 'same', exact: false });
  });

  it('5. a number as digits instead of words is the same requirement', () => {
    expect(only('minst 3 års arbetslivserfarenhet som administratör.', admin2)).toMatchObject({ kind: 'same', exact: false });
  });

  it('6. more years is stricter: 5 years instead of 3', () => {
    const result = only('minst fem (5) års arbetslivserfarenhet som administratör.', admin2);
    expect(result).toMatchObject({ kind: 'stricter', findings: [{ aspect: 'years', direction: 'stricter', profile: 3, text: 5 }] });
  });

  it('7. fewer years, in digits, is looser', () => {
    expect(only('minst 2 års arbetslivserfarenhet som administratör.', admin2)).toMatchObject({
      kind: 'looser',
      findings: [{ aspect: 'years', profile: 3, text: 2 }],
    });
  });

  it('8. higher education instead of upper secondary is stricter', () => {
    expect(only('högskoleutbildning eller likvärdig utbildning.', admin2)).toMatchObject({
      kind: 'stricter',
      findings: [{ aspect: 'education', profile: 'upper-secondary', text: 'higher' }],
    });
  });

  it('9. a higher skill level is stricter', () => {
    expect(only('mycket goda kunskaper i MS Office eller likvärdigt.', admin2)).toMatchObject({
      kind: 'stricter',
      findings: [{ aspect: 'skill', profile: 'good', text: 'very-good' }],
    });
  });

  it('10. a lower skill level is looser', () => {
    expect(only('grundkunskaper i MS Office eller likvärdigt.', admin2)).toMatchObject({
      kind: 'looser',
      findings: [{ aspect: 'skill', profile: 'good', text: 'basic' }],
    });
  });

  it('11. dropping "eller likvärdig" is stricter', () => {
    expect(only('gymnasieutbildning.', admin2)).toMatchObject({ kind: 'stricter', findings: [{ aspect: 'equivalent' }] });
  });

  it('12. more years and "or equivalent" dropped together', () => {
    const result = only('minst fem (5) års erfarenhet som administratör', admin2);
    expect(result.kind).toBe('stricter');
  });

  it('13. stricter in one way and looser in another', () => {
    const economist = level('ekonomiassistent', 2);
    const result = only(
      'högskoleutbildning inom ekonomi eller likvärdig utbildning och minst fyra (4) års arbetslivserfarenhet från liknande arbete. Alternativt, gymnasium eller likvärdig utbildning samt tre (3) års arbetslivserfarenhet som ekonomiassistent.',
      economist,
    );
    expect(result).toMatchObject({
      kind: 'stricter-and-looser',
      findings: [
        { aspect: 'years', direction: 'stricter', profile: 3, text: 4 },
        { aspect: 'years', direction: 'looser', profile: 5, text: 3 },
      ],
    });
  });

  it('14. leaving out the alternative way in is stricter', () => {
    const economist = level('ekonomiassistent', 2);
    const result = only(
      'högskoleutbildning inom ekonomi eller likvärdig utbildning och minst tre (3) års arbetslivserfarenhet från liknande arbete.',
      economist,
    );
    expect(result).toMatchObject({ kind: 'stricter', findings: [{ aspect: 'alternative' }] });
  });

  it('15. knowledge of the law: good familiarity where familiarity is asked is stricter', () => {
    const registrar = level('registrator', 1);
    const profile = registrar.requirements.find((r) => r.criterion.kind === 'law-knowledge')!.sv;
    const result = only(`god ${profile}`, registrar);
    expect(result).toMatchObject({ kind: 'stricter', findings: [{ aspect: 'law', profile: 'awareness', text: 'good-awareness' }] });
  });

  it('16. experience of switchboards: "erfarenhet" where "stor erfarenhet" is asked is looser', () => {
    const operator = level('vaxeltelefonist', 1);
    const result = only('erfarenhet av att använda datoriserade telefonväxlar och hänvisningssystem.', operator);
    expect(result).toMatchObject({ kind: 'looser', findings: [{ aspect: 'skill', profile: 'extensive-experience', text: 'experience' }] });
  });

  it('17. a reworded task shows the word diff: the profile\'s words and the buyer\'s', () => {
    const result = only('planera och samordna möten.', admin2);
    expect(result.kind).toBe('reworded');
    if (result.kind !== 'reworded') return;
    expect(result.words.filter((w) => w.kind === 'added').map((w) => w.text.trim())).toEqual(['möten']);
    // jsdiff keeps the space between words on both sides; fold it to compare words.
    const side = (kind: 'added' | 'removed') =>
      result.words.filter((w) => w.kind !== kind).map((w) => w.text).join('').replace(/\s+(?=[.,])/g, '');
    expect(side('added')).toBe(task(admin2, 2));
    expect(side('removed')).toBe('planera och samordna möten.');
  });

  it('18. a requirement reworded a lot still pairs by what it is about', () => {
    const result = only('Konsulten ska ha minst tre års erfarenhet av arbete som administratör.', admin2);
    expect(result).toMatchObject({ item: { id: 'kontorstjanster/administrator/2/requirements/2' } });
    expect(['reworded', 'stricter']).toContain(result.kind);
  });

  it('19. something the profile does not ask is not in the profile', () => {
    expect(only('säkerhetsprövning enligt säkerhetsskyddslagen.', admin2)).toEqual({
      kind: 'not-in-profile',
      text: 'säkerhetsprövning enligt säkerhetsskyddslagen.',
    });
  });

  it('20. the items the text lacks are listed as missing, in the level\'s order', () => {
    const result = checkText(`• ${requirement(admin2, 3)}`, admin2);
    expect(result.missing.map((item) => item.id)).toEqual([
      ...admin2.tasks.map((_, i) => `kontorstjanster/administrator/2/tasks/${i + 1}`),
      'kontorstjanster/administrator/2/requirements/1',
      'kontorstjanster/administrator/2/requirements/2',
    ]);
  });

  it('21. reordered items pair with their own, in the pasted order', () => {
    const pasted = [3, 1, 2].map((n) => `• ${requirement(admin2, n)}`).join('\n');
    const result = checkText(pasted, admin2);
    expect(result.items.map((item) => (item.kind === 'same' ? item.item.id.split('/').at(-1) : item.kind))).toEqual(['3', '1', '2']);
  });

  it('22. two items merged into one are named, and not missing', () => {
    const result = checkText(`• ${requirement(admin2, 1).replace(/\.$/, '')} och ${requirement(admin2, 3)}`, admin2);
    expect(result.items[0]).toMatchObject({ kind: 'merged' });
    if (result.items[0]?.kind !== 'merged') return;
    expect(result.items[0].items.map((item) => item.id)).toEqual([
      'kontorstjanster/administrator/2/requirements/1',
      'kontorstjanster/administrator/2/requirements/3',
    ]);
    expect(result.missing.map((item) => item.id)).not.toContain('kontorstjanster/administrator/2/requirements/1');
  });

  it('23. one item split in two is named part 1 and 2 of that item', () => {
    const operator = level('vaktmastare', 1);
    const result = checkText('• samla in och dela ut post.\n• packa upp material och försändelser.', operator);
    expect(result.items).toMatchObject([
      { kind: 'part', part: 1, of: 2, item: { id: 'kontorstjanster/vaktmastare/1/tasks/2' } },
      { kind: 'part', part: 2, of: 2, item: { id: 'kontorstjanster/vaktmastare/1/tasks/2' } },
    ]);
    expect(result.missing.map((item) => item.id)).not.toContain('kontorstjanster/vaktmastare/1/tasks/2');
  });

  it('24. English text is compared with the English profile', () => {
    const result = checkText('• at least five (5) years of work experience as an administrator.\n• good knowledge of MS Office or equivalent.', admin2);
    expect(result.language).toBe('en');
    expect(result.items).toMatchObject([
      { kind: 'stricter', findings: [{ aspect: 'years', profile: 3, text: 5 }] },
      { kind: 'same', exact: true },
    ]);
  });

  it('25. a whole call-off text with headings, line breaks, typos and one change', () => {
    const pasted = [
      'Kompetenskrav:',
      '1. Gymnasium eller likvardig utbildning.',
      '2. Minst fem (5) års arbetslivserfarenhet',
      '   som administratör.',
      '3. Goda kunskaper i MS Ofice eller likvärdigt.',
      '4. Körkort klass B.',
    ].join('\n');
    const result = checkText(pasted, admin2);
    expect(result.items.map((item) => item.kind)).toEqual(['same', 'stricter', 'same', 'not-in-profile']);
    expect(result.items[1]).toMatchObject({ findings: [{ aspect: 'years', profile: 3, text: 5 }] });
  });

  it('26. an empty text gives no items and every item missing', () => {
    const result = checkText('', admin2);
    expect(result.items).toEqual([]);
    expect(result.missing).toHaveLength(profileItems(admin2).length);
  });

  it('27. tasks are checked too, and a task pasted twice pairs once', () => {
    const pasted = `• ${task(admin2, 1)}\n• ${task(admin2, 1)}`;
    expect(checkText(pasted, admin2).items.map((item) => item.kind)).toEqual(['same', 'not-in-profile']);
  });
});

describe('a part of an item, the rest left out', () => {
  const eko2 = level('ekonomiassistent', 2);
  const either = 'kontorstjanster/ekonomiassistent/2/requirements/1';

  it('28. each way in of an either/or requirement, written on its own, is a part of it, and the whole still missing', () => {
    const result = checkText('• högskoleutbildning inom ekonomi.\n• minst fem (5) års arbetslivserfarenhet som ekonomiassistent.', eko2);
    expect(result.items).toEqual([
      { kind: 'partial', text: 'högskoleutbildning inom ekonomi.', item: expect.objectContaining({ id: either }) },
      { kind: 'partial', text: 'minst fem (5) års arbetslivserfarenhet som ekonomiassistent.', item: expect.objectContaining({ id: either }) },
    ]);
    expect(result.missing.map((item) => item.id)).toContain(either);
  });

  it('29. a text the profile does not hold, or holds whole, is never called a part', () => {
    expect(only('erfarenhet av Agresso.', eko2).kind).toBe('not-in-profile');
    expect(only('ekonomi.', eko2).kind).toBe('not-in-profile');
    expect(only(requirement(eko2, 2), eko2).kind).toBe('same');
  });
});

describe('reading requirements with the criterion vocabulary', () => {
  it('reads years, education, skill levels and what the text is about', () => {
    const reading = readRequirement('högskoleutbildning inom ekonomi och minst tre (3) års arbetslivserfarenhet. Alternativt, gymnasium samt 5 år');
    expect(reading.years).toEqual([3, 5]);
    expect([...reading.education].sort()).toEqual(['higher', 'upper-secondary']);
    expect(reading.alternative).toBe(true);
    expect([...readRequirement('goda kunskaper i lönesystem').aspects]).toEqual(['skill:payroll-system']);
    expect(readRequirement('basic knowledge of MS Office').skillLevels).toEqual(['basic']);
  });
});

describe('the profile\'s own text', () => {
  const levels = catalog.levels;

  it('is "the same" for every item of every level, in both languages', () => {
    for (const l of levels) {
      for (const lang of ['sv', 'en'] as const) {
        const items = profileItems(l);
        const result = checkText(items.map((item) => `• ${item.text[lang]}`).join('\n'), l);
        expect(result.missing, `${l.id} ${lang}`).toEqual([]);
        result.items.forEach((item, index) => {
          expect(item, `${l.id} ${lang} item ${index + 1}`).toMatchObject({ kind: 'same', exact: true, item: { id: items[index]!.id } });
        });
      }
    }
  });

  it('property: any selection of a level\'s items, in any order, with any bullets, is the same for each', () => {
    const bullets = ['• ', '- ', '* ', '1. ', '', '– '];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: levels.length - 1 }),
        fc.func(fc.integer()),
        fc.constantFrom(...bullets),
        fc.boolean(),
        (index, order, bulletMark, blankLines) => {
          const l = levels[index]!;
          const items = profileItems(l);
          const chosen = [...items].sort((a, b) => order(a.id) - order(b.id));
          const pasted = chosen.map((item) => `${bulletMark}${item.text.sv}`).join(blankLines ? '\n\n' : '\n');
          const result = checkText(pasted, l);
          expect(result.items.map((item) => (item.kind === 'same' ? item.item.id : item.kind))).toEqual(chosen.map((item) => item.id));
          expect(result.missing).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
