import type { MessageKey } from '../i18n';
import type { Criterion, Skill } from '../schemas/criterion';

/**
 * The kinds of requirement a reader can filter search results by. Derived from each
 * requirement's typed criterion, never from its wording, so both languages agree.
 */
export const requirementKinds = [
  'education',
  'experience',
  'public-sector',
  'systems-skills',
  'languages',
  'law',
  'driving-licence',
] as const;

export type RequirementKind = (typeof requirementKinds)[number];

export function isRequirementKind(value: unknown): value is RequirementKind {
  return typeof value === 'string' && (requirementKinds as readonly string[]).includes(value);
}

/** Which kind each skill counts as. A Record, so a new skill cannot be left out. */
const skillKinds: Record<Skill, RequirementKind> = {
  'ms-office': 'systems-skills',
  'finance-system': 'systems-skills',
  'payroll-system': 'systems-skills',
  'hr-system': 'systems-skills',
  'document-management-system': 'systems-skills',
  'analysis-tools': 'systems-skills',
  'editing-tools': 'systems-skills',
  'web-publishing-tools': 'systems-skills',
  'bookkeeping-system': 'systems-skills',
  'case-management-system': 'systems-skills',
  'switchboard-systems': 'systems-skills',
  'digital-communication': 'systems-skills',
  english: 'languages',
};

function collect(criterion: Criterion, into: Set<RequirementKind>): void {
  switch (criterion.kind) {
    case 'education':
    case 'field-training':
      into.add('education');
      return;
    case 'experience':
      into.add('experience');
      return;
    case 'public-sector-experience':
      into.add('public-sector');
      return;
    case 'skill':
      into.add(skillKinds[criterion.skill]);
      return;
    case 'law-knowledge':
      into.add('law');
      return;
    case 'driving-licence':
      into.add('driving-licence');
      return;
    case 'all-of':
    case 'any-of':
      for (const part of criterion.of) collect(part, into);
      return;
    default: {
      const unknown: never = criterion;
      throw new Error(`Unknown criterion kind: ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * Every kind a criterion touches, in the order of `requirementKinds`. "Education or three years
 * as a registrar" is both education and experience: a reader filtering by either should find it.
 */
export function kindsOfCriterion(criterion: Criterion): RequirementKind[] {
  const found = new Set<RequirementKind>();
  collect(criterion, found);
  return requirementKinds.filter((kind) => found.has(kind));
}

/** The kinds of all of a level's requirements together, in the order of `requirementKinds`. */
export function kindsOfRequirements(requirements: ReadonlyArray<{ readonly criterion: Criterion }>): RequirementKind[] {
  const found = new Set<RequirementKind>();
  for (const requirement of requirements) collect(requirement.criterion, found);
  return requirementKinds.filter((kind) => found.has(kind));
}

/** The interface text that names each kind (the same keys in every dictionary). */
export const requirementKindLabels = {
  education: 'kindEducation',
  experience: 'kindExperience',
  'public-sector': 'kindPublicSector',
  'systems-skills': 'kindSystemsSkills',
  languages: 'kindLanguages',
  law: 'kindLaw',
  'driving-licence': 'kindDrivingLicence',
} as const satisfies Record<RequirementKind, MessageKey>;
