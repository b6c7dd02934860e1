import { z } from 'astro/zod';

/** A piece of text in both site languages. Swedish is the source's wording; English is a translation. */
export const localizedText = z.object({
  sv: z
    .string({ error: 'expected Swedish text (sv)' })
    .trim()
    .min(1, { error: 'expected non-empty Swedish text (sv)' })
    .describe('Swedish text. For tasks and requirements, the source’s wording with its spelling corrected.'),
  en: z
    .string({ error: 'expected English text (en)' })
    .trim()
    .min(1, { error: 'expected non-empty English text (en)' })
    .describe('English text: a plain translation of the Swedish.'),
});

export type LocalizedText = z.infer<typeof localizedText>;

/** An ASCII slug as used in URLs: lower-case letters, digits and single hyphens. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected an ASCII slug (a-z, 0-9 and hyphens)' });
