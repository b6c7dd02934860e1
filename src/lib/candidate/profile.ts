import * as z from 'zod/mini';
import type { Job } from './jobs';

/**
 * Everything the candidate has told the page, personal details included: what "save in this
 * browser" keeps and what the JSON file holds. The address holds only `query` (numbers and
 * levels); names, employers, dates and free text live here and nowhere else.
 */

export const PROFILE_FORMAT = 'konsultkompetenser-kandidat';
export const PROFILE_VERSION = 1;
/** The key in the browser's local storage, used only after "save in this browser". */
export const STORAGE_KEY = 'konsultkompetenser.kandidat';

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

export type Profile = z.infer<typeof profileSchema>;

export function emptyProfile(): Profile {
  return { format: PROFILE_FORMAT, version: PROFILE_VERSION, query: '', jobs: [], education: '', evidence: {}, name: '', supplier: '' };
}

/** A profile as a file's text. */
export function profileJson(profile: Profile): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}

/** A profile from a file's text or from storage; null for anything that is not one. */
export function readProfile(textValue: string | null): Profile | null {
  if (!textValue) return null;
  try {
    const result = profileSchema.safeParse(JSON.parse(textValue));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

/** Whether a profile holds anything personal (beyond what the address already says). */
export function hasPersonalData(profile: Profile): boolean {
  return (
    profile.name.trim() !== '' ||
    profile.supplier.trim() !== '' ||
    profile.education.trim() !== '' ||
    Object.values(profile.evidence).some((v) => v.trim() !== '') ||
    profile.jobs.some((job: Job) => job.employer.trim() !== '' || job.from.trim() !== '' || job.to.trim() !== '' || job.ongoing)
  );
}

/** A file name for a profile: "kandidat-anna-svensson.json", with only safe characters. */
export function profileFileName(base: string, name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `${base}${slug ? `-${slug}` : ''}.json`;
}
