import type { Locale } from '../i18n';
import type { Criterion } from '../schemas/criterion';
import type { EducationLevel, JsonLdGroup } from '../schemas/vocabulary';
import type { CatalogLevel } from './catalog';
import { educationOfRank, educationRank, jsonLdGroupOf, terms } from './criteria/vocabulary';
import { leastNeeded, leaves } from './criteria/walk';

/**
 * schema.org structured data for a level page: an `Occupation` in the page's language. The
 * texts are the requirements' own wording; the criteria only decide where each requirement
 * goes (education, experience, skills, other qualifications) and give the months of
 * experience and the level of education that are needed at least.
 */

/** The groups a requirement belongs to: every group one of its criteria falls in. */
export function groupsOf(criterion: Criterion): Set<JsonLdGroup> {
  return new Set(leaves(criterion).map(jsonLdGroupOf));
}

/** Months of work experience the requirement asks for at least; 0 when it can be met without. */
export function monthsOfExperience(criterion: Criterion): number {
  return leastNeeded(criterion, (plain) => (plain.kind === 'experience' ? plain.years * 12 : 0));
}

/** The lowest level of education that meets the requirement, or undefined when none is needed. */
export function educationLevel(criterion: Criterion): EducationLevel | undefined {
  return educationOfRank(leastNeeded(criterion, (plain) => (plain.kind === 'education' ? educationRank(plain.level) : 0)));
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
  const source = level.role.area.source;
  const inGroup = (group: JsonLdGroup) => level.requirements.filter((req) => groupsOf(req.criterion).has(group));

  const educationRequirements = inGroup('education').map((req): EducationRequirement => {
    const least = educationLevel(req.criterion);
    return {
      '@type': 'EducationalOccupationalCredential',
      description: req[lang],
      ...(least ? { educationalLevel: terms.education[least].credential[lang] } : {}),
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

