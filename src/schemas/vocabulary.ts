/**
 * The words of the criterion model as plain lists, without Zod, so that code running in the
 * browser (the self-assessment) can use them without loading the content schemas.
 * src/schemas/criterion.ts builds its enums from these lists.
 */

/** Every kind of criterion, leaves first, then the two combinations. */
export const criterionKinds = [
  'education',
  'field-training',
  'experience',
  'public-sector-experience',
  'skill',
  'law-knowledge',
  'driving-licence',
  'all-of',
  'any-of',
] as const;

/** Levels of education, lowest first: "gymnasium" (upper secondary), "högskola" (higher). */
export const educationLevels = ['upper-secondary', 'higher'] as const;

/** Fields of higher education that requirements name: ekonomi, juristexamen, registratorsutbildning. */
export const namedEducationFields = ['economics', 'law', 'registrar'] as const;

/** Fields a requirement can ask for: the named ones, or "inom aktuellt område" (the role's own field). */
export const educationFields = [...namedEducationFields, 'role-field'] as const;

/** Fields the source gives only as an example ("exempelvis ..."); they do not restrict. */
export const exampleFields = ['media-communication', 'human-resources'] as const;

export const experienceScopes = ['similar-work', 'in-role'] as const;

/** Skills and systems that requirements name. */
export const skills = [
  'ms-office',
  'finance-system',
  'payroll-system',
  'hr-system',
  'document-management-system',
  'analysis-tools',
  'editing-tools',
  'web-publishing-tools',
  'bookkeeping-system',
  'case-management-system',
  'switchboard-systems',
  'english',
  'digital-communication',
] as const;

/** "grundkunskaper" < "kunskaper" < "goda kunskaper". */
export const knowledgeScale = ['basic', 'knowledge', 'good'] as const;

/** For experience of systems: "erfarenhet" < "stor erfarenhet". */
export const experienceScale = ['experience', 'extensive-experience'] as const;

export const skillLevels = [...knowledgeScale, ...experienceScale] as const;

/** "kännedom" < "god kännedom" om lagar och förordningar. */
export const lawLevels = ['awareness', 'good-awareness'] as const;

export type CriterionKind = (typeof criterionKinds)[number];
export type EducationLevel = (typeof educationLevels)[number];
export type NamedEducationField = (typeof namedEducationFields)[number];
export type SkillId = (typeof skills)[number];
export type SkillLevelId = (typeof skillLevels)[number];
export type LawLevel = (typeof lawLevels)[number];
