import * as z from 'zod/mini';
import { DRAFT_FORMAT, DRAFT_VERSION, type Draft } from './draft-model';
import { MAX_COUNT, MAX_LEVELS } from './state';

/**
 * Reads a call-off draft back from a file or local storage and checks it with a zod/mini schema
 * (it runs in the browser). Loaded only when a draft is opened.
 */

const MAX_TEXT = 5000;
const text = (max = MAX_TEXT) => z.string().check(z.maxLength(max));

export const draftSchema = z.object({
  format: z.literal(DRAFT_FORMAT),
  version: z.literal(DRAFT_VERSION),
  language: z.enum(['sv', 'en']),
  cover: z.object({ agency: text(300), title: text(300), reference: text(100), contact: text(300) }),
  levels: z
    .array(
      z.object({
        id: text(200),
        count: z.optional(z.int().check(z.minimum(1), z.maximum(MAX_COUNT))),
        specifications: z
          .array(z.object({ kind: z.enum(['mandatory', 'desirable']), text: text() }))
          .check(z.maxLength(100)),
      }),
    )
    .check(z.maxLength(MAX_LEVELS)),
  check: z.object({ level: text(200), text: text(50_000) }),
});

// The schema and the hand-written type must describe the same draft.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const agrees: Same<z.infer<typeof draftSchema>, Draft> = true;
void agrees;

export type DraftProblem = 'not-json' | 'not-a-draft';

/**
 * Reads a draft from a file's or local storage's text. Levels the site does not have (a draft
 * from an older version of the profiles) are left out and reported; anything else that is not a
 * draft is refused with a problem the page puts in words.
 */
export function readDraft(
  json: string,
  known: ReadonlySet<string>,
): { draft: Draft; dropped: string[] } | { problem: DraftProblem } {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { problem: 'not-json' };
  }
  const parsed = draftSchema.safeParse(value);
  if (!parsed.success) return { problem: 'not-a-draft' };
  const draft: Draft = parsed.data;
  const seen = new Set<string>();
  const dropped: string[] = [];
  const levels = draft.levels.filter((level) => {
    if (!known.has(level.id)) {
      dropped.push(level.id);
      return false;
    }
    if (seen.has(level.id)) return false;
    seen.add(level.id);
    return true;
  });
  return { draft: { ...draft, levels }, dropped };
}
