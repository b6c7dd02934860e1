import type { Job } from './jobs';

/**
 * Everything the candidate has told the page, personal details included: what "save in this
 * browser" keeps and what the JSON file holds. The address holds only `query` (numbers and
 * levels); names, employers, dates and free text live here and nowhere else. Reading one back
 * (`profile-schema.ts`) loads its schema only when there is something to read.
 */

export const PROFILE_FORMAT = 'konsultkompetenser-kandidat';
export const PROFILE_VERSION = 1 as const;
/** The key in the browser's local storage, used only after "save in this browser". */
export const STORAGE_KEY = 'konsultkompetenser.kandidat';

export interface Profile {
  readonly format: typeof PROFILE_FORMAT;
  readonly version: typeof PROFILE_VERSION;
  /** The answers as the address has them, without "?". */
  readonly query: string;
  readonly jobs: ReadonlyArray<Job>;
  /** Which education, and where. */
  readonly education: string;
  /** Per skill id: where it was used ("Agresso, Skatteverket 2019-2023"). */
  readonly evidence: Readonly<Record<string, string>>;
  /** The candidate's name and the supplier, for the presentation. */
  readonly name: string;
  readonly supplier: string;
}


export function emptyProfile(): Profile {
  return { format: PROFILE_FORMAT, version: PROFILE_VERSION, query: '', jobs: [], education: '', evidence: {}, name: '', supplier: '' };
}

/** A profile as a file's text. */
export function profileJson(profile: Profile): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}

/** Whether a profile holds anything personal (beyond what the address already says). */
export function hasPersonalData(profile: Profile): boolean {
  return (
    profile.name.trim() !== '' ||
    profile.supplier.trim() !== '' ||
    profile.education.trim() !== '' ||
    Object.values(profile.evidence).some((v) => v.trim() !== '') ||
    profile.jobs.some((job) => job.employer.trim() !== '' || job.from.trim() !== '' || job.to.trim() !== '' || job.ongoing)
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
