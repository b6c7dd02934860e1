import * as z from 'zod/mini';
import { PROFILE_FORMAT, PROFILE_VERSION, type Profile } from './profile';

/** The schema of a candidate's file or stored details: what is read back, and nothing else. */

/** Free text is kept short: a file is for one consultant, not for a book. */
const text = z.string().check(z.maxLength(500));

const jobSchema = z.object({
  role: z.string().check(z.maxLength(60)),
  kind: z.enum(['in-role', 'similar']),
  employer: text,
  from: z.string().check(z.maxLength(20)),
  to: z.string().check(z.maxLength(20)),
  ongoing: z.boolean(),
  years: z.string().check(z.maxLength(12)),
});

export const profileSchema = z.object({
  format: z.literal(PROFILE_FORMAT),
  version: z.literal(PROFILE_VERSION),
  /** The answers as the address has them, without "?". */
  query: z.string().check(z.maxLength(4000)),
  jobs: z.array(jobSchema).check(z.maxLength(50)),
  /** Which education, and where. */
  education: text,
  /** Per skill id: where it was used ("Agresso, Skatteverket 2019-2023"). */
  evidence: z.record(z.string().check(z.maxLength(60)), text),
  /** The candidate's name and the supplier, for the presentation. */
  name: text,
  supplier: text,
});


/** What the schema lets through is a profile. */
const fits: z.infer<typeof profileSchema> extends Profile ? true : false = true;
void fits;

/** A profile from a file's text or from storage; null for anything that is not one. */
export function readProfile(text: string | null): Profile | null {
  if (!text) return null;
  try {
    const result = profileSchema.safeParse(JSON.parse(text));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}
