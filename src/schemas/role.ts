import { z } from 'astro/zod';
import { criterion } from './criterion';
import { localizedText } from './text';

/** One task ("Arbetsuppgifter kan bl.a. avse: ..."), in the source's order. */
export const task = localizedText;

/** One requirement ("Kompetenskrav: ..."). A requirement with "Alternativt, ..." stays one item. */
export const requirement = localizedText.extend({
  /** What the requirement asks for, in a form the self-assessment can evaluate. */
  criterion,
});

/** Another name for a role: one title, without commas (the search index keeps the names in one comma-separated field). */
const otherName = z
  .string({ error: 'expected a title' })
  .trim()
  .min(1, { error: 'expected a non-empty title' })
  .regex(/^[^,]+$/, { error: 'expected one title per entry, without commas' });

/** One numbered level of a role. A role with a single level has level 1 and shows no number. */
export const level = z.object({
  /** The level's number: 1, 2 or 3. */
  level: z.number({ error: 'expected a level number (1, 2, 3 ...)' }).int().min(1).max(9),
  /** Tasks the level may include, in the source's order. */
  tasks: z.array(task).min(1, { error: 'expected at least one task' }),
  /** Requirements the consultant must meet, in the source's order. */
  requirements: z.array(requirement).min(1, { error: 'expected at least one requirement' }),
});

/** A role ("roll") of an occupational area, with one or more levels. Its slug is its file name. */
export const role = z
  .object({
    /** The role's title, without a level number. */
    title: localizedText,
    /** One line that says what the role does, written for the overview (not source text). */
    summary: localizedText,
    /**
     * Titles people use for the role that the source does not, such as "sekreterare" for
     * Assistent: only well-established ones. Shown on the role page ("Kallas även") and found by
     * the search, below the title.
     */
    alsoKnownAs: z
      .object({ sv: z.array(otherName), en: z.array(otherName) }, { error: 'expected other names as { sv: [...], en: [...] }' })
      .default({ sv: [], en: [] }),
    /** The role's levels, lowest first. */
    levels: z.array(level).min(1, { error: 'expected at least one level' }),
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
