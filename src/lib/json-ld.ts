import { t, type Locale } from '../i18n';
import type { Criterion } from '../schemas/criterion';
import type { CatalogLevel } from './catalog';

/**
 * schema.org structured data for a level page: an `Occupation` in the page's language. The
 * texts are the requirements' own wording; the criteria only decide where each requirement
 * goes (education, experience, skills, other qualifications) and give the months of
 * experience and the level of education that are needed at least.
 */

type LeafKind = Exclude<Criterion['kind'], 'all-of' | 'any-of'>;
type Group = 'education' | 'experience' | 'skills' | 'qualifications';

const groupOf: Record<LeafKind, Group> = {
  education: 'education',
  'field-training': 'education',
  experience: 'experience',
  'public-sector-experience': 'experience',
  skill: 'skills',
  'law-knowledge': 'skills',
  'driving-licence': 'qualifications',
};

/** The groups a requirement belongs to: every group one of its criteria falls in. */
export function groupsOf(criterion: Criterion): Set<Group> {
  if (criterion.kind === 'all-of' || criterion.kind === 'any-of') {
    return new Set(criterion.of.flatMap((part) => [...groupsOf(part)]));
  }
  return new Set([groupOf[criterion.kind]]);
}

/**
 * The least amount of something that can meet a criterion, given the amount each single
 * criterion asks for (0 when it asks for none): every part of all-of is needed, so the largest;
 * any alternative of any-of is enough, so the smallest.
 */
export function leastNeeded(criterion: Criterion, amount: (leaf: Criterion) => number): number {
  if (criterion.kind === 'all-of') return Math.max(...criterion.of.map((part) => leastNeeded(part, amount)));
  if (criterion.kind === 'any-of') return Math.min(...criterion.of.map((part) => leastNeeded(part, amount)));
  return amount(criterion);
}

/** Months of work experience the requirement asks for at least; 0 when it can be met without. */
export function monthsOfExperience(criterion: Criterion): number {
  return leastNeeded(criterion, (leaf) => (leaf.kind === 'experience' ? leaf.years * 12 : 0));
}

const educationRank = { none: 0, 'upper-secondary': 1, higher: 2 } as const;

/** The lowest level of education that meets the requirement, or undefined when none is needed. */
export function educationLevel(criterion: Criterion): 'upper-secondary' | 'higher' | undefined {
  const rank = leastNeeded(criterion, (leaf) => (leaf.kind === 'education' ? educationRank[leaf.level] : 0));
  return rank === educationRank.higher ? 'higher' : rank === educationRank['upper-secondary'] ? 'upper-secondary' : undefined;
}

export interface EducationRequirement {
  '@type': 'EducationalOccupationalCredential';
  description: string;
  educationalLevel?: string;
}

export interface ExperienceRequirement {
  '@type': 'OccupationalExperienceRequirements';
  description: string;
  monthsOfExperience?: number;
}

export interface OccupationJsonLd {
  '@context': 'https://schema.org';
  '@type': 'Occupation';
  /** Left out, with `url`, when the build has no public address (no SITE_URL). */
  '@id'?: string;
  identifier: string;
  name: string;
  description: string;
  url?: string;
  /** The tasks. The lists below are left out when the level has nothing for them. */
  responsibilities: string[];
  skills?: string[];
  educationRequirements?: EducationRequirement[];
  experienceRequirements?: ExperienceRequirement[];
  qualifications?: string[];
  mainEntityOfPage: {
    '@type': 'WebPage';
    '@id'?: string;
    inLanguage: Locale;
    isBasedOn: {
      '@type': 'CreativeWork';
      name: string;
      inLanguage: 'sv';
      publisher: { '@type': 'Organization'; name: string };
      datePublished?: string;
    };
  };
}

function nonEmpty<K extends string, T>(key: K, list: T[]): Partial<Record<K, T[]>> {
  return list.length > 0 ? ({ [key]: list } as Record<K, T[]>) : {};
}

/**
 * The `Occupation` for one level, in one language; `pageUrl` is the page's absolute address, or
 * undefined when the build has none (then no address is given rather than an invented one).
 */
export function occupationJsonLd(level: CatalogLevel, lang: Locale, pageUrl: string | undefined): OccupationJsonLd {
  const m = t(lang);
  const source = level.role.area.source;
  const educationLabels = { 'upper-secondary': m.educationUpperSecondary, higher: m.educationHigher };
  const inGroup = (group: Group) => level.requirements.filter((req) => groupsOf(req.criterion).has(group));

  const educationRequirements = inGroup('education').map((req): EducationRequirement => {
    const least = educationLevel(req.criterion);
    return {
      '@type': 'EducationalOccupationalCredential',
      description: req[lang],
      ...(least ? { educationalLevel: educationLabels[least] } : {}),
    };
  });
  const experienceRequirements = inGroup('experience').map((req): ExperienceRequirement => {
    const months = monthsOfExperience(req.criterion);
    return {
      '@type': 'OccupationalExperienceRequirements',
      description: req[lang],
      ...(months > 0 ? { monthsOfExperience: months } : {}),
    };
  });

  return {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    ...(pageUrl ? { '@id': `${pageUrl}#occupation` } : {}),
    identifier: level.id,
    name: level.title[lang],
    description: level.role.summary[lang],
    ...(pageUrl ? { url: pageUrl } : {}),
    responsibilities: level.tasks.map((task) => task[lang]),
    ...nonEmpty('skills', inGroup('skills').map((req) => req[lang])),
    ...nonEmpty('educationRequirements', educationRequirements),
    ...nonEmpty('experienceRequirements', experienceRequirements),
    ...nonEmpty('qualifications', inGroup('qualifications').map((req) => req[lang])),
    mainEntityOfPage: {
      '@type': 'WebPage',
      ...(pageUrl ? { '@id': pageUrl } : {}),
      inLanguage: lang,
      isBasedOn: {
        '@type': 'CreativeWork',
        name: source.title,
        inLanguage: 'sv',
        publisher: { '@type': 'Organization', name: source.publisher },
        ...(source.date ? { datePublished: source.date } : {}),
      },
    },
  };
}

