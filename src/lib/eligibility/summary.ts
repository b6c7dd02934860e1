import type { Answers } from './answers';
import type { LevelOutcome, RoleOutcome } from './evaluate';
import { levelGaps, type ExplainContext } from './explain';

/**
 * The answer first: which levels the candidate meets, and which they nearly meet with what is
 * missing in one line each. Nothing is said before the first answer.
 */

export interface NearlyMet {
  readonly id: string;
  readonly role: string;
  readonly level: number;
  /** What is missing, each thing once, in a few words. */
  readonly gaps: ReadonlyArray<string>;
}

export interface Summary {
  /** False until the candidate has given any answer: then the page asks rather than judges. */
  readonly answered: boolean;
  /** Levels met, by id, in the roles' order. */
  readonly met: ReadonlyArray<{ readonly id: string; readonly role: string; readonly level: number }>;
  /** Levels nearly met, fewest gaps first. */
  readonly nearly: ReadonlyArray<NearlyMet>;
  /** Levels nearly met beyond those listed. */
  readonly more: number;
}

/** At most this many levels are listed as nearly met; the rest are in the details. */
export const NEARLY_SHOWN = 5;
/** Outside the roles in reach, a level with at most this many things missing counts as nearly met. */
export const NEARLY_GAPS = 2;

/** Whether the answers say anything at all. */
export function hasAnswers(answers: Answers): boolean {
  return (
    answers.education !== 'none' ||
    answers.higherFields.length > 0 ||
    answers.publicSector ||
    answers.drivingLicence ||
    [answers.fieldTraining, answers.inRole, answers.similarWork, answers.skills, answers.laws].some((table) => Object.keys(table).length > 0)
  );
}

/** The roles the answers reach: those the candidate has worked as, or near, and the one chosen. */
export function rolesInReach(answers: Answers, chosen: string | null): Set<string> {
  const reach = new Set([...Object.keys(answers.inRole), ...Object.keys(answers.similarWork)]);
  if (chosen) reach.add(chosen);
  return reach;
}

export function summarize(
  outcomes: ReadonlyArray<RoleOutcome>,
  answers: Answers,
  reach: ReadonlySet<string>,
  context: (role: string) => ExplainContext,
): Summary {
  const answered = hasAnswers(answers);
  if (!answered) return { answered, met: [], nearly: [], more: 0 };
  const met = outcomes.flatMap((role) => role.levels.filter((l) => l.eligible).map((l) => ({ id: l.id, role: role.slug, level: l.level })));
  const candidates: NearlyMet[] = [];
  for (const role of outcomes) {
    const near = (level: LevelOutcome): NearlyMet => ({ id: level.id, role: role.slug, level: level.level, gaps: levelGaps(level.requirements, context(role.slug)) });
    if (reach.has(role.slug)) {
      if (role.next) candidates.push(near(role.next));
    } else if (reach.size === 0) {
      for (const level of role.levels) {
        if (level.eligible) continue;
        const found = near(level);
        if (found.gaps.length <= NEARLY_GAPS) candidates.push(found);
      }
    }
  }
  const sorted = candidates.map((c, index) => ({ c, index })).sort((a, b) => a.c.gaps.length - b.c.gaps.length || a.index - b.index).map(({ c }) => c);
  return { answered, met, nearly: sorted.slice(0, NEARLY_SHOWN), more: Math.max(0, sorted.length - NEARLY_SHOWN) };
}
