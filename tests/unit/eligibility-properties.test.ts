/**
 * Properties that must hold for every input, checked with generated inputs: the evaluator and the
 * URL parser never throw, and more experience or skill never takes a met requirement away.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/lib/eligibility/answers';
import { answersSchema } from '../../src/lib/eligibility/answers-schema';
import { evaluate, type Outcome } from '../../src/lib/eligibility/evaluate';
import { explain } from '../../src/lib/eligibility/explain';
import { parseQuery, toQuery } from '../../src/lib/eligibility/url';
import { experienceScale, knowledgeScale, lawLevels, namedEducationFields, skills } from '../../src/lib/criteria/vocabulary';
import { criteria, explainContext, questions, roleSlugs } from '../helpers/eligibility';

const role = fc.constantFrom(...roleSlugs);
const years = fc.integer({ min: 0, max: 60 });
const skillLevel = fc.constantFrom(...knowledgeScale, ...experienceScale);

/** Any answers the schema allows. */
const validAnswers: fc.Arbitrary<Answers> = fc.record({
  education: fc.constantFrom('none', 'upper-secondary', 'higher'),
  higherFields: fc.uniqueArray(fc.constantFrom(...namedEducationFields)),
  fieldTraining: fc.dictionary(role, fc.constantFrom('training', 'higher')),
  inRole: fc.dictionary(role, years),
  similarWork: fc.dictionary(role, years),
  publicSector: fc.boolean(),
  skills: fc.dictionary(fc.constantFrom(...skills), skillLevel),
  laws: fc.dictionary(role, fc.constantFrom(...lawLevels)),
  drivingLicence: fc.boolean(),
}) as fc.Arbitrary<Answers>;

/** Anything at all where answers are expected. */
const garbage = fc.oneof(
  fc.anything(),
  fc.record({
    education: fc.anything(),
    higherFields: fc.anything(),
    fieldTraining: fc.anything(),
    inRole: fc.oneof(fc.anything(), fc.dictionary(role, fc.oneof(fc.double(), fc.string(), fc.constant(null)))),
    similarWork: fc.anything(),
    publicSector: fc.anything(),
    skills: fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom(...skills), fc.string())),
    laws: fc.anything(),
    drivingLicence: fc.anything(),
  }),
);

/** Query strings made of real and almost-real parameter names and values. */
const names = ['roll', 'visa', 'utbildning', 'hogskola', 'office', 'engelska', 'korkort', 'offentlig', 'telefonvaxlar', '__proto__', 'constructor', ''];
const queryString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc
    .array(
      fc.tuple(
        fc.oneof(fc.constantFrom(...names), role.map((r) => `som.${r}`), role.map((r) => `liknande.${r}`), role.map((r) => `lagar.${r}`), fc.string()),
        fc.oneof(
          fc.constantFrom('ja', 'nej', 'gymnasium', 'hogskola', 'ekonomi,juridik', 'goda-kunskaper', 'stor-erfarenhet', 'kannedom', '-1', '2.5', '1e3', '61', '%ZZ', ''),
          fc.integer().map(String),
          fc.double().map(String),
          role,
          fc.string(),
        ),
      ),
    )
    .map((pairs) => '?' + pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')),
);

function allOutcomes(answers: Answers): Outcome[] {
  return evaluate(criteria, answers).flatMap((r) => r.levels.flatMap((l) => [...l.requirements]));
}

describe('never throws', () => {
  it('evaluates and explains any valid answers', () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        for (const result of evaluate(criteria, answers)) {
          const context = explainContext('en', result.slug);
          for (const level of result.levels) {
            expect(level.eligible).toBe(level.requirements.every((r) => r.met));
            for (const requirement of level.requirements) explain(requirement, context);
          }
        }
      }),
    );
  });

  it('evaluates garbage without throwing', () => {
    fc.assert(
      fc.property(garbage, (answers) => {
        const outcome = evaluate(criteria, answers as Answers);
        expect(outcome).toHaveLength(criteria.length);
      }),
    );
  });

  it('parses any query string into valid answers, and writes them back unchanged', () => {
    fc.assert(
      fc.property(queryString, (search) => {
        const parsed = parseQuery(search, questions, roleSlugs);
        expect(answersSchema.safeParse(parsed.answers).success).toBe(true);
        evaluate(criteria, parsed.answers);
        const again = parseQuery(toQuery(parsed.answers, parsed.view, questions), questions, roleSlugs);
        expect(again.answers).toEqual(parsed.answers);
        expect(again.view).toEqual(parsed.view);
        expect(again.notices).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

/** One step up: more years, a higher skill, more education or knowledge, a yes instead of a no. */
const raise: fc.Arbitrary<(a: Answers) => Answers> = fc.oneof(
  fc.tuple(role, fc.integer({ min: 1, max: 60 })).map(([r, n]) => (a: Answers) => ({
    ...a,
    inRole: { ...a.inRole, [r]: Math.min(60, (a.inRole[r] ?? 0) + n) },
  })),
  fc.tuple(role, fc.integer({ min: 1, max: 60 })).map(([r, n]) => (a: Answers) => ({
    ...a,
    similarWork: { ...a.similarWork, [r]: Math.min(60, (a.similarWork[r] ?? 0) + n) },
  })),
  fc.constantFrom(...skills).map((skill) => (a: Answers) => {
    const current = a.skills[skill];
    const scale: readonly string[] = current && (experienceScale as readonly string[]).includes(current) ? experienceScale : knowledgeScale;
    const next = scale[current ? scale.indexOf(current) + 1 : 0];
    return next ? { ...a, skills: { ...a.skills, [skill]: next } } : a;
  }),
  fc.constant((a: Answers) => ({ ...a, education: a.education === 'none' ? 'upper-secondary' : 'higher' }) as Answers),
  fc.constantFrom(...namedEducationFields).map((field) => (a: Answers) => ({ ...a, higherFields: [...new Set([...a.higherFields, field])] })),
  role.map((r) => (a: Answers) => ({ ...a, fieldTraining: { ...a.fieldTraining, [r]: a.fieldTraining[r] ? 'higher' : 'training' } }) as Answers),
  role.map((r) => (a: Answers) => ({ ...a, laws: { ...a.laws, [r]: a.laws[r] ? 'good-awareness' : 'awareness' } }) as Answers),
  fc.constant((a: Answers) => ({ ...a, publicSector: true })),
  fc.constant((a: Answers) => ({ ...a, drivingLicence: true })),
);

describe('more never means less', () => {
  it('raising any answer never turns a met requirement into an unmet one', () => {
    fc.assert(
      fc.property(validAnswers, fc.array(raise, { minLength: 1, maxLength: 4 }), (answers, steps) => {
        const raised = steps.reduce((a, step) => step(a), answers);
        expect(answersSchema.safeParse(raised).success).toBe(true);
        const before = allOutcomes(answers);
        const after = allOutcomes(raised);
        before.forEach((outcome, i) => {
          if (outcome.met) expect(after[i]?.met).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });
});
