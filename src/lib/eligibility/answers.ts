import type { EducationLevel, LawLevel, NamedEducationField, SkillId, SkillLevelId } from '../../schemas/vocabulary';

/**
 * What a candidate says about themselves: the one model the form, the URL and the evaluator
 * share. A plain type, so the browser loads no schema library: `answers-schema.ts` states the
 * same model as a Zod schema, and the tests hold every parse of the address to it.
 *
 * "Likvärdig" (equivalent) education and the difference between years "som <roll>" and years of
 * similar work are the candidate's own declaration; the form asks them plainly.
 */

/** Most years of experience anyone can claim; more is taken for a typing error. */
export const MAX_YEARS = 60;

/** Highest education, "or equivalent": none, upper secondary (gymnasium), higher (högskola). */
export type EducationAnswer = 'none' | EducationLevel;

/** Training in a role's own field ("utbildning inom aktuellt område"): any training, or higher education. */
export type FieldTrainingAnswer = 'training' | 'higher';

export interface Answers {
  education: EducationAnswer;
  /** Fields of higher education (or equivalent) the candidate has: economics, law, registrar training. */
  higherFields: NamedEducationField[];
  /** Per role slug: training in that role's field. */
  fieldTraining: Record<string, FieldTrainingAnswer>;
  /** Per role slug: years worked as that role (0 to 60, decimals allowed). */
  inRole: Record<string, number>;
  /** Per role slug: years of other work similar to that role (not counted in inRole). */
  similarWork: Record<string, number>;
  /** Practical experience of public-sector work. */
  publicSector: boolean;
  /** Per skill: the level the candidate has. Missing means none. */
  skills: Partial<Record<SkillId, SkillLevelId>>;
  /** Per role slug: knowledge of the laws and ordinances of that role's field. */
  laws: Record<string, LawLevel>;
  /** Driving licence, category B. */
  drivingLicence: boolean;
}

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
  const value = Number(`${whole}${fraction.replace(',', '.')}`);
  if (negative && value > 0) return { ok: false, problem: 'negative' };
  if (value > MAX_YEARS) return { ok: false, problem: 'too-many' };
  return { ok: true, value: value || 0 }; // no -0
}
