import type { Criterion } from '../../schemas/criterion';

/**
 * The criteria the self-assessment evaluates, as plain data: what the build serialises into the
 * page, and what the evaluator reads. Made from the catalog by `eligibilityRoles`, never by hand.
 */

export interface EligibilityLevel {
  /** Stable id, as in the level's URL: "kontorstjanster/administrator/1". */
  readonly id: string;
  readonly level: number;
  /** One criterion per requirement, in the source's order. */
  readonly criteria: ReadonlyArray<Criterion>;
}

export interface EligibilityRole {
  /** The role's slug: "administrator". Answers are keyed by it. */
  readonly slug: string;
  /** Its levels, lowest first. */
  readonly levels: ReadonlyArray<EligibilityLevel>;
}

interface RoleLike {
  readonly slug: string;
  readonly levels: ReadonlyArray<{
    readonly id: string;
    readonly level: number;
    readonly requirements: ReadonlyArray<{ readonly criterion: Criterion }>;
  }>;
}

/** The criteria of the catalog's roles, in the catalog's order. */
export function eligibilityRoles(roles: ReadonlyArray<RoleLike>): EligibilityRole[] {
  return roles.map((role) => ({
    slug: role.slug,
    levels: role.levels.map((level) => ({
      id: level.id,
      level: level.level,
      criteria: level.requirements.map((requirement) => requirement.criterion),
    })),
  }));
}

/**
 * A role title as it reads inside a sentence: "som administratör", "as finance assistant".
 * Only the first letter is lowered, and not in an acronym ("HR-konsult" stays).
 */
export function titleInSentence(title: string, lang: string): string {
  const [first = '', second = ''] = title;
  if (/\p{Lu}/u.test(second)) return title;
  return first.toLocaleLowerCase(lang) + title.slice(first.length);
}
