import { z } from 'astro/zod';
import { slug } from './text';
import { experienceScopes, keysOf, vocabulary } from './vocabulary';

// Every enum below is the keys of a part of the one vocabulary table, so the two cannot disagree.
const criterionKinds = keysOf(vocabulary.kinds);
const educationLevels = keysOf(vocabulary.education);
const educationFields = [...keysOf(vocabulary.fields), 'role-field' as const] as const;
const exampleFields = keysOf(vocabulary.exampleFields);
const skills = keysOf(vocabulary.skills);
const skillLevels = keysOf(vocabulary.skillLevels);
const lawLevels = keysOf(vocabulary.lawLevels);

/**
 * Machine-readable criteria, one beside every requirement. The self-assessment evaluates them;
 * the pages show the requirement's text, never text generated from these.
 */

/** Fields of study that a requirement names. */
export const educationField = z.enum(educationFields);

/** Fields that the source gives only as an example ("exempelvis ..."); they do not restrict. */
export const exampleField = z.enum(exampleFields);

export const educationCriterion = z.object({
  kind: z.literal('education').describe('A completed education.'),
  level: z.enum(educationLevels).describe('The least education: upper-secondary (gymnasium) or higher (högskola).'),
  field: educationField.optional().describe('The field the education must be in, when the source names one.'),
  exampleField: exampleField.optional().describe('A field the source names only as an example ("exempelvis ..."); it does not restrict.'),
});

/** "(genomgått) utbildning inom aktuellt område": training in the role's field, at any level. */
export const fieldTrainingCriterion = z.object({
  kind: z.literal('field-training').describe('"(Genomgått) utbildning inom aktuellt område": training in the role’s field, at any level.'),
});

export const experienceCriterion = z.object({
  kind: z.literal('experience').describe('Years of work experience.'),
  years: z.number().int().min(1).max(60).describe('The least number of whole years.'),
  scope: z.enum(experienceScopes).describe('"från liknande arbete" (similar-work) or "som <roll>" (in-role).'),
  role: slug.optional().describe('With scope in-role: the slug of the role, its file name without .yaml.'),
});

/** "praktisk erfarenhet av offentlig verksamhet" */
export const publicSectorCriterion = z.object({
  kind: z.literal('public-sector-experience').describe('"Praktisk erfarenhet av offentlig verksamhet": practical experience of public-sector work.'),
});

/** Skills and systems that requirements name. */
export const skill = z.enum(skills);

/**
 * How much of a skill is asked: "grundkunskaper" < "kunskaper" < "goda kunskaper";
 * for experience of systems, "erfarenhet" < "stor erfarenhet".
 */
export const skillLevel = z.enum(skillLevels);

export const skillCriterion = z.object({
  kind: z.literal('skill').describe('Knowledge of a skill or system.'),
  skill: skill.describe('Which skill or system.'),
  level: skillLevel.describe('The least level that meets the requirement: basic < knowledge < good; for systems, experience < extensive-experience.'),
});

/** "kännedom" / "god kännedom" om lagar och förordningar on the role's field. */
export const lawCriterion = z.object({
  kind: z.literal('law-knowledge').describe('"Kännedom om lagar och förordningar" in the role’s field.'),
  level: z.enum(lawLevels).describe('"kännedom" (awareness) or "god kännedom" (good-awareness).'),
});

/** "körkort klass B" */
export const drivingLicenceCriterion = z.object({
  kind: z.literal('driving-licence').describe('A driving licence.'),
  class: z.literal('B').describe('The licence class: B.'),
});

export type Criterion =
  | z.infer<typeof educationCriterion>
  | z.infer<typeof fieldTrainingCriterion>
  | z.infer<typeof experienceCriterion>
  | z.infer<typeof publicSectorCriterion>
  | z.infer<typeof skillCriterion>
  | z.infer<typeof lawCriterion>
  | z.infer<typeof drivingLicenceCriterion>
  | { kind: 'all-of'; of: Criterion[] }
  | { kind: 'any-of'; of: Criterion[] };

/** Every criterion must be met ("A och B", "A samt B"). */
export const allOfCriterion: z.ZodType<{ kind: 'all-of'; of: Criterion[] }> = z
  .object({
    kind: z.literal('all-of').describe('Every criterion in `of` must be met ("A och B").'),
    get of() {
      return z.array(criterion).min(2).describe('Two or more criteria.');
    },
  })
  .meta({ id: 'all-of-criterion' });

/** One criterion must be met ("A. Alternativt, B"). */
export const anyOfCriterion: z.ZodType<{ kind: 'any-of'; of: Criterion[] }> = z
  .object({
    kind: z.literal('any-of').describe('One criterion in `of` must be met ("A. Alternativt, B").'),
    get of() {
      return z.array(criterion).min(2).describe('Two or more criteria.');
    },
  })
  .meta({ id: 'any-of-criterion' });

export const criterion: z.ZodType<Criterion> = z.discriminatedUnion(
  'kind',
  [
    educationCriterion,
    fieldTrainingCriterion,
    experienceCriterion,
    publicSectorCriterion,
    skillCriterion,
    lawCriterion,
    drivingLicenceCriterion,
    allOfCriterion as never,
    anyOfCriterion as never,
  ],
  {
    error: `expected a criterion whose kind is one of ${criterionKinds.join(', ')}`,
  },
).meta({ id: 'criterion' }); // the id names the recursive parts in generated JSON Schema ($defs)

// The plain list of kinds and the union of criteria must name the same kinds.
type SameKinds<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const kindsAgree: SameKinds<Criterion['kind'], (typeof criterionKinds)[number]> = true;
void kindsAgree;

export type Skill = z.infer<typeof skill>;
export type SkillLevel = z.infer<typeof skillLevel>;
