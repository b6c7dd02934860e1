import type { Criterion } from '../../schemas/criterion';
import { educationRank, lawRank, reaches } from '../criteria/vocabulary';
import { fold, type PlainCriterion } from '../criteria/walk';
import { emptyAnswers, type Answers, type EducationAnswer } from './answers';
import type { EligibilityLevel, EligibilityRole } from './data';
import { fieldTrainingOf, hasField } from './linked';

/**
 * Which levels a candidate meets, requirement by requirement. Pure and total: it never throws,
 * whatever the answers, so the page can run it on every keystroke.
 */

/** What the candidate gave for one criterion: years, a level ("none" when not given), or yes/no. */
export type Given = number | string | boolean;

export interface Outcome {
  readonly criterion: Criterion;
  readonly met: boolean;
  /** For a single criterion: what the candidate gave that it was measured against. */
  readonly given?: Given;
  /** For all-of and any-of: the outcome of each part. */
  readonly children?: ReadonlyArray<Outcome>;
}

export interface LevelOutcome {
  readonly id: string;
  readonly level: number;
  readonly eligible: boolean;
  /** One outcome per requirement, in the source's order. */
  readonly requirements: ReadonlyArray<Outcome>;
}

export interface RoleOutcome {
  readonly slug: string;
  readonly levels: ReadonlyArray<LevelOutcome>;
  /** The highest level met, or null when none is. */
  readonly highest: number | null;
  /** The first level above the highest met that is not met, or null when there is none. */
  readonly next: LevelOutcome | null;
}

/** An own property of a record: never one inherited from Object.prototype. */
function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== null && typeof record === 'object' && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Years as given, or 0 for anything that is not a sensible number. */
function yearsOf(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

/** Highest education, counting a field of higher education (or of the role, at that level) as higher. */
export function effectiveEducation(answers: Answers): EducationAnswer {
  const fields = Array.isArray(answers.higherFields) ? answers.higherFields : [];
  const training = answers.fieldTraining ?? {};
  if (
    answers.education === 'higher' ||
    fields.length > 0 ||
    Object.keys(training).some((role) => own(training, role) === 'higher')
  ) {
    return 'higher';
  }
  return answers.education === 'upper-secondary' ? 'upper-secondary' : 'none';
}

/** Evaluates one criterion of a requirement of `role` (the slug that "aktuellt område" and similar work refer to). */
export function evaluateCriterion(criterion: Criterion, answers: Answers, role: string): Outcome {
  return fold<Outcome>(criterion, {
    leaf: (plain) => evaluatePlain(plain, answers, role),
    allOf: (children, all) => ({ criterion: all, met: children.every((c) => c.met), children }),
    anyOf: (children, any) => ({ criterion: any, met: children.some((c) => c.met), children }),
  });
}

function evaluatePlain(criterion: PlainCriterion, answers: Answers, role: string): Outcome {
  switch (criterion.kind) {
    case 'education': {
      if (criterion.field === 'role-field') {
        const given = fieldTrainingOf(answers, role);
        const met = criterion.level === 'higher' ? given === 'higher' : given !== 'none';
        return { criterion, met, given };
      }
      if (criterion.field !== undefined) {
        const given = hasField(answers, criterion.field);
        return { criterion, met: given, given };
      }
      const given = effectiveEducation(answers);
      return { criterion, met: educationRank(given) >= educationRank(criterion.level), given };
    }
    case 'field-training': {
      const given = fieldTrainingOf(answers, role);
      return { criterion, met: given !== 'none', given };
    }
    case 'experience': {
      const subject = criterion.role ?? role;
      const given =
        criterion.scope === 'in-role'
          ? yearsOf(own(answers.inRole, subject))
          : yearsOf(own(answers.inRole, subject)) + yearsOf(own(answers.similarWork, subject));
      return { criterion, met: given >= criterion.years, given };
    }
    case 'public-sector-experience': {
      const given = answers.publicSector === true;
      return { criterion, met: given, given };
    }
    case 'skill': {
      const given = own(answers.skills, criterion.skill) ?? 'none';
      return { criterion, met: reaches(given, criterion.level), given };
    }
    case 'law-knowledge': {
      const given = own(answers.laws, role) ?? 'none';
      return { criterion, met: lawRank(given) >= lawRank(criterion.level), given };
    }
    case 'driving-licence': {
      const given = answers.drivingLicence === true;
      return { criterion, met: given, given };
    }
    default: {
      // A kind this code does not know (content newer than the code) is never met.
      const unknown: never = criterion;
      return { criterion: unknown, met: false };
    }
  }
}

export function evaluateLevel(level: EligibilityLevel, answers: Answers, role: string): LevelOutcome {
  const requirements = level.criteria.map((criterion) => evaluateCriterion(criterion, answers, role));
  return { id: level.id, level: level.level, eligible: requirements.every((r) => r.met), requirements };
}

export function evaluateRole(role: EligibilityRole, answers: Answers): RoleOutcome {
  const levels = role.levels.map((level) => evaluateLevel(level, answers, role.slug));
  const met = levels.filter((l) => l.eligible).map((l) => l.level);
  const highest = met.length > 0 ? Math.max(...met) : null;
  const next = levels.find((l) => !l.eligible && l.level > (highest ?? 0)) ?? null;
  return { slug: role.slug, levels, highest, next };
}

/** Every role's outcome, in the order given. */
export function evaluate(roles: ReadonlyArray<EligibilityRole>, answers: Answers): RoleOutcome[] {
  // Answers come through the schema, but a caller may still hand over anything at all.
  const given = answers !== null && typeof answers === 'object' ? answers : emptyAnswers();
  return roles.map((role) => evaluateRole(role, given));
}
