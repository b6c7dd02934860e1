import * as z from 'zod/mini';
import { lawLevels, namedEducationFields, skillLevels, skills } from '../../schemas/vocabulary';

/**
 * What a candidate says about themselves: the one model the form, the URL and the evaluator
 * share. It is a zod/mini schema because it runs in the browser, where every byte counts.
 *
 * "Likvärdig" (equivalent) education and the difference between years "som <roll>" and years of
 * similar work are the candidate's own declaration; the form asks them plainly.
 */

/** Most years of experience anyone can claim; more is taken for a typing error. */
export const MAX_YEARS = 60;

/** Years, 0 to 60; decimals are fine (2.5). The error texts are codes that the page turns into words. */
export const years = z.number({ error: 'not-number' }).check(
  z.minimum(0, { error: 'negative' }),
  z.maximum(MAX_YEARS, { error: 'too-many' }),
);

// Role keys are not checked against a pattern here: the parser only ever sets the slugs of
// roles in the content, and the pattern would cost the browser bytes for nothing.
const roleSlug = z.string();

/** Highest education, "or equivalent": none, upper secondary (gymnasium), higher (högskola). */
export const educationAnswer = z.enum(['none', 'upper-secondary', 'higher']);

/** Training in a role's own field ("utbildning inom aktuellt område"): any training, or higher education. */
export const fieldTrainingAnswer = z.enum(['training', 'higher']);

export const answersSchema = z.object({
  education: educationAnswer,
  /** Fields of higher education (or equivalent) the candidate has: economics, law, registrar training. */
  higherFields: z.array(z.enum(namedEducationFields)),
  /** Per role slug: training in that role's field. */
  fieldTraining: z.record(roleSlug, fieldTrainingAnswer),
  /** Per role slug: years worked as that role. */
  inRole: z.record(roleSlug, years),
  /** Per role slug: years of other work similar to that role (not counted in inRole). */
  similarWork: z.record(roleSlug, years),
  /** Practical experience of public-sector work. */
  publicSector: z.boolean(),
  /** Per skill: the level the candidate has. Missing means none. */
  skills: z.partialRecord(z.enum(skills), z.enum(skillLevels)),
  /** Per role slug: knowledge of the laws and ordinances of that role's field. */
  laws: z.record(roleSlug, z.enum(lawLevels)),
  /** Driving licence, category B. */
  drivingLicence: z.boolean(),
});

export type Answers = z.infer<typeof answersSchema>;
export type EducationAnswer = z.infer<typeof educationAnswer>;
export type FieldTrainingAnswer = z.infer<typeof fieldTrainingAnswer>;

/** The answers of someone who has not said anything yet. */
export function emptyAnswers(): Answers {
  return {
    education: 'none',
    higherFields: [],
    fieldTraining: {},
    inRole: {},
    similarWork: {},
    publicSector: false,
    skills: {},
    laws: {},
    drivingLicence: false,
  };
}

/** Why a number of years was refused. */
export type YearsProblem = 'not-number' | 'negative' | 'too-many';

export type YearsResult = { ok: true; value: number } | { ok: false; problem: YearsProblem };

/**
 * Reads years as typed in the form or the URL. Empty means 0; "2,5" and "2.5" are two and a half
 * years; anything else that is not a plain number is refused as such.
 */
export function parseYears(text: string): YearsResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: 0 };
  const match = /^([-+−]?)(\d+)([.,]\d+)?$/.exec(trimmed);
  if (!match) return { ok: false, problem: 'not-number' };
  const [, sign, whole = '', fraction = ''] = match;
  const negative = sign === '-' || sign === '−';
  // Far too many digits: say so without turning them into a number that loses its meaning.
  if (whole.replace(/^0+/, '').length > 3) return { ok: false, problem: negative ? 'negative' : 'too-many' };
  const result = years.safeParse(Number(`${negative ? '-' : ''}${whole}${fraction.replace(',', '.')}`));
  if (result.success) return { ok: true, value: result.data || 0 }; // no -0
  const code = result.error.issues[0]?.message;
  return { ok: false, problem: code === 'negative' || code === 'too-many' ? code : 'not-number' };
}
