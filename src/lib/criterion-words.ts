import type { Criterion, Skill, SkillLevel } from '../schemas/criterion';
import type { LocalizedText } from '../schemas/text';
import type { Lang } from './level-diff';
import type { Aspect, Facet, RequirementChange } from './requirement-changes';

type Education = Extract<Criterion, { kind: 'education' }>;

/** The words one language needs to say what a criterion asks for. */
interface Words {
  educationLevel: Record<Education['level'], string>;
  educationField: Record<NonNullable<Education['field']>, string>;
  exampleField: Record<NonNullable<Education['exampleField']>, string>;
  fieldTraining: string;
  experience: (years: number, scope: string) => string;
  similarWork: string;
  inRole: (title: string) => string;
  publicSector: string;
  skill: Record<Skill, string>;
  /** How much of a skill, alone ("goda kunskaper") and before the skill ("goda kunskaper i"). */
  skillLevel: Record<SkillLevel, string>;
  skillLevelBefore: Record<SkillLevel, string>;
  law: Record<Extract<Criterion, { kind: 'law-knowledge' }>['level'], string>;
  lawShort: Record<Extract<Criterion, { kind: 'law-knowledge' }>['level'], string>;
  drivingLicence: (licenceClass: string) => string;
  and: string;
  or: string;
  label: Record<Exclude<Aspect, `skill:${string}`>, string>;
}

const words: Record<Lang, Words> = {
  sv: {
    educationLevel: { 'upper-secondary': 'gymnasium', higher: 'högskoleutbildning' },
    educationField: {
      economics: 'inom ekonomi',
      law: 'inom juridik',
      registrar: 'för registratorer',
      'role-field': 'inom aktuellt område',
    },
    exampleField: {
      'human-resources': 'exempelvis personalvetarprogrammet',
      'media-communication': 'exempelvis inom media och kommunikation',
    },
    fieldTraining: 'utbildning inom aktuellt område',
    experience: (years, scope) => `minst ${years} år ${scope}`,
    similarWork: 'från liknande arbete',
    inRole: (title) => `som ${title}`,
    publicSector: 'praktisk erfarenhet av offentlig verksamhet',
    skill: {
      'ms-office': 'MS Office',
      'finance-system': 'ekonomisystem',
      'payroll-system': 'lönesystem',
      'hr-system': 'HR-system',
      'document-management-system': 'dokumenthanteringssystem',
      'analysis-tools': 'analysverktyg',
      'editing-tools': 'redigeringsverktyg',
      'web-publishing-tools': 'verktyg för webbpublicering',
      'bookkeeping-system': 'bokföringssystem',
      'case-management-system': 'ärendesystem',
      'switchboard-systems': 'växelsystem',
      english: 'engelska',
      'digital-communication': 'digital kommunikation',
    },
    skillLevel: {
      basic: 'grundkunskaper',
      knowledge: 'kunskaper',
      good: 'goda kunskaper',
      experience: 'erfarenhet',
      'extensive-experience': 'stor erfarenhet',
    },
    skillLevelBefore: {
      basic: 'grundkunskaper i',
      knowledge: 'kunskaper i',
      good: 'goda kunskaper i',
      experience: 'erfarenhet av',
      'extensive-experience': 'stor erfarenhet av',
    },
    law: {
      awareness: 'kännedom om lagar och förordningar på området',
      'good-awareness': 'god kännedom om lagar och förordningar på området',
    },
    lawShort: { awareness: 'kännedom', 'good-awareness': 'god kännedom' },
    drivingLicence: (licenceClass) => `körkort klass ${licenceClass}`,
    and: 'och',
    or: 'eller',
    label: {
      education: 'Utbildning',
      'field-training': 'Utbildning inom området',
      experience: 'Erfarenhet',
      'public-sector-experience': 'Offentlig verksamhet',
      'law-knowledge': 'Lagar och förordningar',
      'driving-licence': 'Körkort',
    },
  },
  en: {
    educationLevel: { 'upper-secondary': 'upper secondary school', higher: 'higher education' },
    educationField: {
      economics: 'in economics',
      law: 'in law',
      registrar: 'for registrars',
      'role-field': 'in the relevant field',
    },
    exampleField: {
      'human-resources': 'for example the human resources programme',
      'media-communication': 'for example in media and communication',
    },
    fieldTraining: 'training in the relevant field',
    experience: (years, scope) => `at least ${years} ${years === 1 ? 'year' : 'years'} ${scope}`,
    similarWork: 'of similar work',
    inRole: (title) => `as ${title}`,
    publicSector: 'practical experience of the public sector',
    skill: {
      'ms-office': 'MS Office',
      'finance-system': 'financial systems',
      'payroll-system': 'payroll systems',
      'hr-system': 'HR systems',
      'document-management-system': 'document management systems',
      'analysis-tools': 'analysis tools',
      'editing-tools': 'editing tools',
      'web-publishing-tools': 'web publishing tools',
      'bookkeeping-system': 'bookkeeping systems',
      'case-management-system': 'case management systems',
      'switchboard-systems': 'switchboard systems',
      english: 'English',
      'digital-communication': 'digital communication',
    },
    skillLevel: {
      basic: 'basic knowledge',
      knowledge: 'knowledge',
      good: 'good knowledge',
      experience: 'experience',
      'extensive-experience': 'extensive experience',
    },
    skillLevelBefore: {
      basic: 'basic knowledge of',
      knowledge: 'knowledge of',
      good: 'good knowledge of',
      experience: 'experience of',
      'extensive-experience': 'extensive experience of',
    },
    law: {
      awareness: 'familiarity with the laws and ordinances in the field',
      'good-awareness': 'good familiarity with the laws and ordinances in the field',
    },
    lawShort: { awareness: 'familiarity', 'good-awareness': 'good familiarity' },
    drivingLicence: (licenceClass) => `driving licence ${licenceClass}`,
    and: 'and',
    or: 'or',
    label: {
      education: 'Education',
      'field-training': 'Training in the field',
      experience: 'Experience',
      'public-sector-experience': 'Public sector',
      'law-knowledge': 'Laws and ordinances',
      'driving-licence': 'Driving licence',
    },
  },
};

/** Looks up a role's title by its slug, for "at least 3 years as administrator". */
export type RoleTitles = (slug: string) => LocalizedText | undefined;

/** A requirement change in words: what it is about, and what is asked before and after. */
export interface ChangeInWords {
  kind: RequirementChange['kind'];
  /** What the requirement is about: "Erfarenhet", "MS Office", "Utbildning och erfarenhet". */
  label: string;
  /** What the first level asks; empty when the requirement is new. */
  from: string;
  /** What the second level asks; empty when the requirement is dropped. */
  to: string;
}

/** Lower-cases a title for use inside a sentence, but leaves "HR administrator" alone. */
function inSentence(title: string): string {
  return /^\p{Lu}\p{Ll}/u.test(title) ? title.charAt(0).toLowerCase() + title.slice(1) : title;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function list(items: string[], conjunction: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/** What a criterion asks for, as a phrase to use inside a sentence. */
export function describeCriterion(criterion: Criterion, lang: Lang, titles: RoleTitles): string {
  const w = words[lang];
  switch (criterion.kind) {
    case 'education': {
      const parts = [w.educationLevel[criterion.level]];
      if (criterion.field) parts.push(w.educationField[criterion.field]);
      if (criterion.exampleField) parts.push(`(${w.exampleField[criterion.exampleField]})`);
      return parts.join(' ');
    }
    case 'field-training':
      return w.fieldTraining;
    case 'experience': {
      if (criterion.scope === 'similar-work') return w.experience(criterion.years, w.similarWork);
      const title = criterion.role === undefined ? undefined : titles(criterion.role);
      if (!title) {
        throw new Error(
          `Cannot describe "experience in role": the role "${criterion.role ?? '(none given)'}" is not a known role slug.`,
        );
      }
      return w.experience(criterion.years, w.inRole(inSentence(title[lang])));
    }
    case 'public-sector-experience':
      return w.publicSector;
    case 'skill':
      return `${w.skillLevelBefore[criterion.level]} ${w.skill[criterion.skill]}`;
    case 'law-knowledge':
      return w.law[criterion.level];
    case 'driving-licence':
      return w.drivingLicence(criterion.class);
    case 'all-of':
      return list(criterion.of.map((part) => describeCriterion(part, lang, titles)), w.and);
    case 'any-of':
      // Alternatives are separated by a comma before "eller"/"or" so that "A och B, eller C" reads right.
      return criterion.of.map((part) => describeCriterion(part, lang, titles)).join(`, ${w.or} `);
  }
}

/** What a requirement is about, as a heading for its change: "Erfarenhet", "Utbildning och erfarenhet". */
export function describeAspects(aspects: Aspect[], lang: Lang): string {
  const w = words[lang];
  const labels = aspects.map((aspect, index) => {
    const label = aspect.startsWith('skill:') ? w.skill[aspect.slice('skill:'.length) as Skill] : w.label[aspect as keyof Words['label']];
    return index === 0 ? capitalise(label) : inSentence(label);
  });
  return list(labels, w.and);
}

function describeFacets(facets: Facet[], lang: Lang, titles: RoleTitles): string {
  return list(facets.map((facet) => describeCriterion(facet, lang, titles)), words[lang].and);
}

/**
 * A requirement change in words. A skill or knowledge of the law that is only raised or lowered
 * says just the levels ("MS Office: kunskaper → goda kunskaper").
 */
export function describeChange(change: RequirementChange, lang: Lang, titles: RoleTitles): ChangeInWords {
  const w = words[lang];
  const label = describeAspects(change.aspects, lang);
  const [before] = change.from;
  const [after] = change.to;
  if (change.from.length === 1 && change.to.length === 1 && before && after) {
    if (before.kind === 'skill' && after.kind === 'skill') {
      return { kind: change.kind, label, from: w.skillLevel[before.level], to: w.skillLevel[after.level] };
    }
    if (before.kind === 'law-knowledge' && after.kind === 'law-knowledge') {
      return { kind: change.kind, label, from: w.lawShort[before.level], to: w.lawShort[after.level] };
    }
  }
  return {
    kind: change.kind,
    label,
    from: describeFacets(change.from, lang, titles),
    to: describeFacets(change.to, lang, titles),
  };
}
