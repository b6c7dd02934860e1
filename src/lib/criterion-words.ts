import { t, type Locale, type MessageKey, type Messages } from '../i18n';
import { format } from '../i18n/format';
import type { Criterion, Skill, SkillLevel } from '../schemas/criterion';
import type { LocalizedText } from '../schemas/text';
import type { Aspect, Facet, RequirementChange } from './requirement-changes';

/**
 * Criteria in words, for the summary of what changes between two levels ("Erfarenhet: minst 1 år
 * från liknande arbete → minst 3 år som administratör"). The words live in the dictionaries;
 * these tables say which word goes with which value of the schema, and the type checker makes
 * sure every value has one.
 */

type Education = Extract<Criterion, { kind: 'education' }>;
type LawLevel = Extract<Criterion, { kind: 'law-knowledge' }>['level'];

const educationLevel: Record<Education['level'], MessageKey> = {
  'upper-secondary': 'critUpperSecondary',
  higher: 'critHigherEducation',
};

const educationField: Record<NonNullable<Education['field']>, MessageKey> = {
  economics: 'critFieldEconomics',
  law: 'critFieldLaw',
  registrar: 'critFieldRegistrar',
  'role-field': 'critFieldRoleField',
};

const exampleField: Record<NonNullable<Education['exampleField']>, MessageKey> = {
  'human-resources': 'critExampleHumanResources',
  'media-communication': 'critExampleMediaCommunication',
};

export const skillName: Record<Skill, MessageKey> = {
  'ms-office': 'critSkillMsOffice',
  'finance-system': 'critSkillFinanceSystem',
  'payroll-system': 'critSkillPayrollSystem',
  'hr-system': 'critSkillHrSystem',
  'document-management-system': 'critSkillDocumentManagementSystem',
  'analysis-tools': 'critSkillAnalysisTools',
  'editing-tools': 'critSkillEditingTools',
  'web-publishing-tools': 'critSkillWebPublishingTools',
  'bookkeeping-system': 'critSkillBookkeepingSystem',
  'case-management-system': 'critSkillCaseManagementSystem',
  'switchboard-systems': 'critSkillSwitchboardSystems',
  english: 'critSkillEnglish',
  'digital-communication': 'critSkillDigitalCommunication',
};

/** How much of a skill, said alone: "goda kunskaper". */
export const skillLevel: Record<SkillLevel, MessageKey> = {
  basic: 'critLevelBasic',
  knowledge: 'critLevelKnowledge',
  good: 'critLevelGood',
  experience: 'critLevelExperience',
  'extensive-experience': 'critLevelExtensiveExperience',
};

/** How much of a skill, with the skill: "goda kunskaper i {skill}". */
const skillLevelIn: Record<SkillLevel, MessageKey> = {
  basic: 'critLevelBasicIn',
  knowledge: 'critLevelKnowledgeIn',
  good: 'critLevelGoodIn',
  experience: 'critLevelExperienceIn',
  'extensive-experience': 'critLevelExtensiveExperienceIn',
};

const law: Record<LawLevel, MessageKey> = { awareness: 'critLawAwareness', 'good-awareness': 'critLawGoodAwareness' };
export const lawShort: Record<LawLevel, MessageKey> = { awareness: 'critLawAwarenessShort', 'good-awareness': 'critLawGoodAwarenessShort' };

const aspectLabel: Record<Exclude<Aspect, `skill:${string}`>, MessageKey> = {
  education: 'critLabelEducation',
  'field-training': 'critLabelFieldTraining',
  experience: 'critLabelExperience',
  'public-sector-experience': 'critLabelPublicSector',
  'law-knowledge': 'critLabelLaw',
  'driving-licence': 'critLabelDrivingLicence',
};

/** Looks up a role's title by its slug, for "at least 3 years as administrator". */
export type RoleTitles = (slug: string) => LocalizedText | undefined;

/** A requirement change in words: what it is about, and what is asked before and after. */
export interface ChangeInWords {
  kind: RequirementChange['kind'];
  /** Raised, lowered or changed otherwise. */
  direction: RequirementChange['direction'];
  /** What the requirement is about: "Erfarenhet", "MS Office", "Utbildning och erfarenhet". */
  label: string;
  /** What the first level asks; empty when the requirement is new. */
  from: string;
  /** What the second level asks; empty when the requirement is dropped. */
  to: string;
}

/** Lower-cases a title for use inside a sentence, but leaves "HR administrator" alone. */
function inSentence(title: string): string {
  return /^\p{Lu}\p{Ll}/u.test(title) ? title.charAt(0).toLowerCase() + title.slice(1) : title;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "A", "A och B", "A, B och C". */
function list(items: string[], conjunction: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

function describe(criterion: Criterion, m: Messages, lang: Locale, titles: RoleTitles): string {
  switch (criterion.kind) {
    case 'education': {
      const parts = [m[educationLevel[criterion.level]]];
      if (criterion.field) parts.push(m[educationField[criterion.field]]);
      if (criterion.exampleField) parts.push(`(${m[exampleField[criterion.exampleField]]})`);
      return parts.join(' ');
    }
    case 'field-training':
      return m.critFieldTraining;
    case 'experience': {
      const template = criterion.years === 1 ? m.critExperienceOne : m.critExperienceMany;
      if (criterion.scope === 'similar-work') return format(template, { years: criterion.years, scope: m.critSimilarWork });
      const title = criterion.role === undefined ? undefined : titles(criterion.role);
      if (!title) {
        throw new Error(
          `Cannot describe experience in a role: the role "${criterion.role ?? '(none given)'}" is not a known role slug.`,
        );
      }
      return format(template, { years: criterion.years, scope: format(m.critInRole, { role: inSentence(title[lang]) }) });
    }
    case 'public-sector-experience':
      return m.critPublicSector;
    case 'skill':
      return format(m[skillLevelIn[criterion.level]], { skill: m[skillName[criterion.skill]] });
    case 'law-knowledge':
      return m[law[criterion.level]];
    case 'driving-licence':
      return format(m.critDrivingLicence, { class: criterion.class });
    case 'all-of':
      return list(criterion.of.map((part) => describe(part, m, lang, titles)), m.critAnd);
    case 'any-of':
      // A comma before "eller"/"or" keeps "A och B, eller C och D" readable.
      return criterion.of.map((part) => describe(part, m, lang, titles)).join(`, ${m.critOr} `);
  }
}

/** What a criterion asks for, as a phrase to use inside a sentence. */
export function describeCriterion(criterion: Criterion, lang: Locale, titles: RoleTitles): string {
  return describe(criterion, t(lang), lang, titles);
}

/** What a requirement is about, as the label of its change: "Erfarenhet", "Utbildning och erfarenhet". */
export function describeAspects(aspects: readonly Aspect[], lang: Locale): string {
  return aspectsInWords(aspects, t(lang));
}

/** As describeAspects, with the words given (a browser widget passes only the words it needs). */
export function aspectsInWords(aspects: readonly Aspect[], m: Messages): string {
  const labels = aspects.map((aspect, index) => {
    const label = aspect.startsWith('skill:')
      ? m[skillName[aspect.slice('skill:'.length) as Skill]]
      : m[aspectLabel[aspect as keyof typeof aspectLabel]];
    return index === 0 ? capitalise(label) : inSentence(label);
  });
  return list(labels, m.critAnd);
}

function describeFacets(facets: readonly Facet[], m: Messages, lang: Locale, titles: RoleTitles): string {
  return list(facets.map((facet) => describe(facet, m, lang, titles)), m.critAnd);
}

/**
 * A requirement change in words. A skill or knowledge of the law that is only raised or lowered
 * gives just the levels ("MS Office: kunskaper → goda kunskaper").
 */
export function describeChange(change: RequirementChange, lang: Locale, titles: RoleTitles): ChangeInWords {
  return changeInWords(change, t(lang), lang, titles);
}

/** As describeChange, with the words given (a browser widget passes only the words it needs). */
export function changeInWords(change: RequirementChange, m: Messages, lang: Locale, titles: RoleTitles): ChangeInWords {
  const label = aspectsInWords(change.aspects, m);
  const [before] = change.from;
  const [after] = change.to;
  const { kind, direction } = change;
  if (change.from.length === 1 && change.to.length === 1 && before && after) {
    if (before.kind === 'skill' && after.kind === 'skill') {
      return { kind, direction, label, from: m[skillLevel[before.level]], to: m[skillLevel[after.level]] };
    }
    if (before.kind === 'law-knowledge' && after.kind === 'law-knowledge') {
      return { kind, direction, label, from: m[lawShort[before.level]], to: m[lawShort[after.level]] };
    }
  }
  return {
    kind,
    direction,
    label,
    from: describeFacets(change.from, m, lang, titles),
    to: describeFacets(change.to, m, lang, titles),
  };
}

/** The dictionary keys the words of changes use, for a widget that words changes in the browser. */
export const changeWordKeys: ReadonlyArray<MessageKey> = [
  ...new Set<MessageKey>([
    ...Object.values(educationLevel),
    ...Object.values(educationField),
    ...Object.values(exampleField),
    ...Object.values(skillName),
    ...Object.values(skillLevel),
    ...Object.values(skillLevelIn),
    ...Object.values(law),
    ...Object.values(lawShort),
    ...Object.values(aspectLabel),
    'critFieldTraining',
    'critExperienceOne',
    'critExperienceMany',
    'critSimilarWork',
    'critInRole',
    'critPublicSector',
    'critDrivingLicence',
    'critAnd',
    'critOr',
  ]),
];
