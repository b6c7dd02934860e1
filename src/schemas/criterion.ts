import { z } from 'astro/zod';
import { slug } from './text';
import {
  criterionKinds,
  educationFields,
  educationLevels,
  exampleFields,
  experienceScopes,
  lawLevels,
  skillLevels,
  skills,
} from './vocabulary';

/**
 * Machine-readable criteria, one beside every requirement. The self-assessment evaluates them;
 * the pages show the requirement's text, never text generated from these.
 */

/** Fields of study that a requirement names. */
export const educationField = z.enum(educationFields);

/** Fields that the source gives only as an example ("exempelvis ..."); they do not restrict. */
export const exampleField = z.enum(exampleFields);

export const educationCriterion = z.object({
  kind: z.literal('education'),
  /** Lowest level of education: "gymnasium" (upper secondary) or "högskola" (higher education). */
  level: z.enum(educationLevels),
  /** Field the education must be in, when the source names one. */
  field: educationField.optional(),
  /** Field named only as an example. */
  exampleField: exampleField.optional(),
});

/** "(genomgått) utbildning inom aktuellt område": training in the role's field, at any level. */
export const fieldTrainingCriterion = z.object({
  kind: z.literal('field-training'),
});

export const experienceCriterion = z.object({
  kind: z.literal('experience'),
  /** Minimum whole years of work experience. */
  years: z.number().int().min(1).max(60),
  /** "från liknande arbete" (similar work) or "som <roll>" (in the role itself). */
  scope: z.enum(experienceScopes),
  /** The role's slug when scope is "in-role". */
  role: slug.optional(),
});

/** "praktisk erfarenhet av offentlig verksamhet" */
export const publicSectorCriterion = z.object({
  kind: z.literal('public-sector-experience'),
});

/** Skills and systems that requirements name. */
export const skill = z.enum(skills);

/**
 * How much of a skill is asked: "grundkunskaper" < "kunskaper" < "goda kunskaper";
 * for experience of systems, "erfarenhet" < "stor erfarenhet".
 */
export const skillLevel = z.enum(skillLevels);

export const skillCriterion = z.object({
  kind: z.literal('skill'),
  /** Which skill or system. */
  skill,
  /** The least level that meets the requirement. */
  level: skillLevel,
});

/** "kännedom" / "god kännedom" om lagar och förordningar on the role's field. */
export const lawCriterion = z.object({
  kind: z.literal('law-knowledge'),
  level: z.enum(lawLevels),
});

/** "körkort klass B" */
export const drivingLicenceCriterion = z.object({
  kind: z.literal('driving-licence'),
  class: z.literal('B'),
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
    kind: z.literal('all-of'),
    get of() {
      return z.array(criterion).min(2);
    },
  })
  .meta({ id: 'all-of-criterion' });

/** One criterion must be met ("A. Alternativt, B"). */
export const anyOfCriterion: z.ZodType<{ kind: 'any-of'; of: Criterion[] }> = z
  .object({
    kind: z.literal('any-of'),
    get of() {
      return z.array(criterion).min(2);
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
