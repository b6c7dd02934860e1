import { z } from 'astro/zod';
import { criterion } from './criterion';
import { localizedText } from './text';

/** One task ("Arbetsuppgifter kan bl.a. avse: ..."), in the source's order. */
export const task = localizedText;

/** One requirement ("Kompetenskrav: ..."). A requirement with "Alternativt, ..." stays one item. */
export const requirement = localizedText.extend({
  criterion: criterion.describe(
    'The same requirement in a form a program can check (kind: education, experience, skill, ...; any-of for "Alternativt", all-of for two things at once).',
  ),
});

/** Another name for a role: one title, without commas (the search index keeps the names in one comma-separated field). */
const otherName = z
  .string({ error: 'expected a title' })
  .trim()
  .min(1, { error: 'expected a non-empty title' })
  .regex(/^[^,]+$/, { error: 'expected one title per entry, without commas' });

/** One numbered level of a role. A role with a single level has level 1 and shows no number. */
export const level = z.object({
  level: z
    .number({ error: 'expected a level number (1, 2, 3 ...)' })
    .int()
    .min(1)
    .max(9)
    .describe('The level’s number: 1, 2, 3 in order. A role with one level has level 1.'),
  tasks: z
    .array(task.describe('One task, in Swedish (the source’s wording) and English.'))
    .min(1, { error: 'expected at least one task' })
    .describe('"Arbetsuppgifter kan bl.a. avse": the tasks the level may include, in the source’s order.'),
  requirements: z
    .array(requirement.describe('One requirement: its text in Swedish and English, and its criterion.'))
    .min(1, { error: 'expected at least one requirement' })
    .describe('"Kompetenskrav": what the consultant must meet, in the source’s order.'),
});

/** A role ("roll") of an occupational area, with one or more levels. Its slug is its file name. */
export const role = z
  .object({
    title: localizedText.describe('The role’s title without a level number, e.g. Administratör / Administrator.'),
    summary: localizedText.describe('One line on what the role does, for the overview table (written for the site, not source text).'),
    /**
     * Titles people use for the role that the source does not, such as "sekreterare" for
     * Assistent: only well-established ones. Shown on the role page ("Kallas även") and found by
     * the search, below the title.
     */
    alsoKnownAs: z
      .object(
        {
          sv: z.array(otherName).describe('Other Swedish titles for the role, e.g. sekreterare.'),
          en: z.array(otherName).describe('Other English titles for the role, e.g. secretary.'),
        },
        { error: 'expected other names as { sv: [...], en: [...] }' },
      )
      .default({ sv: [], en: [] })
      .describe('Well-established titles people use for the role that the source does not; shown on the role page and found by search.'),
    levels: z
      .array(level.describe('One level of the role.'))
      .min(1, { error: 'expected at least one level' })
      .describe('The role’s levels, lowest first.'),
  })
  .superRefine((value, ctx) => {
    value.levels.forEach((entry, index) => {
      if (entry.level !== index + 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['levels', index, 'level'],
          message: `expected level ${index + 1} (levels are numbered 1, 2, 3 in order, each once), found ${entry.level}`,
        });
      }
    });
  });

export type Task = z.infer<typeof task>;
export type Requirement = z.infer<typeof requirement>;
export type Level = z.infer<typeof level>;
export type Role = z.infer<typeof role>;
