/**
 * Adding a skill touches one table and nothing else: a copy of the vocabulary table with one
 * more skill stands in for src/schemas/vocabulary.ts, and everything that reads criteria is
 * loaded afresh on top of it. The schema accepts the skill, the self-assessment asks for it and
 * evaluates it, its words exist in both languages, and the matrix, JSON-LD, the search filters
 * and the summaries of changes render it, with no other file changed.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Vocabulary from '../../src/schemas/vocabulary';

const table = '../../src/schemas/vocabulary';
const crm = {
  name: { sv: 'CRM-system', en: 'CRM systems' },
  search: 'systems-skills',
  token: 'crm-system',
  examples: 'Lime, Salesforce',
} as const;

// What the new skill looks like in content, typed loosely: the compiled types know only the real table.
const crmGood = { kind: 'skill', skill: 'crm-system', level: 'good' } as never;
const crmBasic = { kind: 'skill', skill: 'crm-system', level: 'basic' } as never;

beforeAll(() => {
  vi.resetModules();
  vi.doMock(table, async (importOriginal) => {
    const actual = await importOriginal<typeof Vocabulary>();
    return { ...actual, vocabulary: { ...actual.vocabulary, skills: { ...actual.vocabulary.skills, 'crm-system': crm } } };
  });
});

afterAll(() => {
  // The next test file in this worker gets the real table again.
  vi.doUnmock(table);
  vi.resetModules();
});

describe('a skill added to a copy of the vocabulary table', () => {
  it('is accepted by the content schema, and a skill in no table still is not', async () => {
    const { criterion } = await import('../../src/schemas/criterion');
    expect(criterion.safeParse(crmGood).success).toBe(true);
    expect(criterion.safeParse({ kind: 'skill', skill: 'telepathy', level: 'good' }).success).toBe(false);
    const { answersSchema } = await import('../../src/lib/eligibility/answers-schema');
    const { emptyAnswers } = await import('../../src/lib/eligibility/answers');
    expect(answersSchema.safeParse({ ...emptyAnswers(), skills: { 'crm-system': 'good' } }).success).toBe(true);
  });

  it('is evaluated on its scale', async () => {
    const { evaluateCriterion } = await import('../../src/lib/eligibility/evaluate');
    const { emptyAnswers } = await import('../../src/lib/eligibility/answers');
    const given = (level: string) => ({ ...emptyAnswers(), skills: { 'crm-system': level } }) as never;
    expect(evaluateCriterion(crmGood, given('good'), 'administrator').met).toBe(true);
    expect(evaluateCriterion(crmGood, given('knowledge'), 'administrator').met).toBe(false);
    expect(evaluateCriterion(crmBasic, given('knowledge'), 'administrator').met).toBe(true);
    expect(evaluateCriterion(crmBasic, emptyAnswers(), 'administrator').met).toBe(false);
  });

  it('has its words in both languages, and the self-assessment asks for it and explains it', async () => {
    const { skillName } = await import('../../src/lib/criteria/vocabulary');
    expect(skillName('crm-system' as never, 'sv')).toBe('CRM-system');
    expect(skillName('crm-system' as never, 'en')).toBe('CRM systems');

    const { t } = await import('../../src/i18n');
    const { deriveQuestions } = await import('../../src/lib/eligibility/questions');
    const { formModel } = await import('../../src/lib/eligibility/form-model');
    const { parseQuery, toQuery } = await import('../../src/lib/eligibility/url');
    const { explain } = await import('../../src/lib/eligibility/explain');
    const { eligibilityMessages } = await import('../../src/lib/eligibility/messages');
    const { evaluateCriterion } = await import('../../src/lib/eligibility/evaluate');

    const questions = deriveQuestions([{ slug: 'administrator', levels: [{ id: 'x/administrator/1', level: 1, criteria: [crmGood] }] }]);
    expect(questions).toEqual([{ kind: 'skill', skill: 'crm-system', scale: 'knowledge', roles: ['administrator'] }]);
    for (const lang of ['sv', 'en'] as const) {
      const model = formModel({ questions, messages: t(lang), lang, titles: { administrator: 'Administratör' }, names: {} });
      const [field] = model.needs[0]!.items;
      expect(field).toMatchObject({ name: 'crm-system', label: lang === 'sv' ? 'CRM-system' : 'CRM systems' });
      expect(field).toHaveProperty('hint', expect.stringContaining('Lime, Salesforce'));
    }
    const parsed = parseQuery('crm-system=goda-kunskaper', questions, ['administrator']);
    expect(parsed.notices).toEqual([]);
    expect(parsed.answers.skills).toEqual({ 'crm-system': 'good' });
    expect(toQuery(parsed.answers, parsed.view, questions)).toBe('crm-system=goda-kunskaper');

    const outcome = evaluateCriterion(crmGood, parsed.answers, 'administrator');
    const context = (lang: 'sv' | 'en') => ({ messages: eligibilityMessages(t(lang)), lang, role: 'administratör', roleName: (s: string) => s });
    expect(explain(outcome, context('sv')).text).toContain('goda kunskaper i CRM-system');
    expect(explain(outcome, context('en')).text).toContain('good knowledge of CRM systems');
  });

  it('is rendered by the matrix, JSON-LD, the search filters, the summaries of changes and the call-off check', async () => {
    const { summariseLevel } = await import('../../src/lib/requirement-matrix');
    const { cellWords } = await import('../../src/lib/requirement-words');
    const row = summariseLevel([{ criterion: crmGood }]);
    expect(row.systems.empty).toBe(false);
    const context = { roleSlug: 'administrator', roleTitle: () => undefined };
    expect(cellWords(row.systems, 'sv', context)).toBe('CRM-system (goda kunskaper)');
    expect(cellWords(row.systems, 'en', context)).toBe('CRM systems (good knowledge)');

    const { readContent } = await import('../helpers/content');
    const { buildCatalog } = await import('../../src/lib/catalog');
    const { occupationJsonLd } = await import('../../src/lib/json-ld');
    const { areas, roles } = readContent();
    const level = buildCatalog(areas, roles).levels[0]!;
    const requirement = { sv: 'goda kunskaper i CRM-system.', en: 'good knowledge of CRM systems.', criterion: crmGood };
    const withCrm = { ...level, requirements: [...level.requirements, requirement] };
    expect(occupationJsonLd(withCrm, 'en', undefined).skills).toContain('good knowledge of CRM systems.');

    const { kindsOfCriterion } = await import('../../src/lib/requirement-kinds');
    expect(kindsOfCriterion(crmGood)).toEqual(['systems-skills']);

    const { requirementChanges } = await import('../../src/lib/requirement-changes');
    const { describeChange } = await import('../../src/lib/criterion-words');
    const [raised] = requirementChanges([crmBasic], [crmGood]);
    expect(raised).toMatchObject({ kind: 'changed', direction: 'raised', aspects: ['skill:crm-system'] });
    expect(describeChange(raised!, 'sv', () => undefined)).toMatchObject({ label: 'CRM-system', from: 'grundkunskaper', to: 'goda kunskaper' });
    const [added] = requirementChanges([], [crmGood]);
    expect(describeChange(added!, 'en', () => undefined)).toMatchObject({ label: 'CRM systems', to: 'good knowledge of CRM systems' });

    const { readRequirement } = await import('../../src/lib/call-off/read-criteria');
    expect([...readRequirement('Mycket goda kunskaper i CRM-system.').aspects]).toEqual(['skill:crm-system']);
  });
});
