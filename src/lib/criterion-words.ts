import { t, type Locale, type MessageKey, type Messages } from '../i18n';
import { format } from '../i18n/format';
import type { Criterion, Skill } from '../schemas/criterion';
import { vocabulary } from '../schemas/vocabulary';
import type { LocalizedText } from '../schemas/text';
import { kindLabel, skillLevelName, skillName, skillPhrase, terms } from './criteria/vocabulary';
import { fold } from './criteria/walk';
import type { Aspect, Facet, RequirementChange } from './requirement-changes';

/**
 * Criteria in words, for the summary of what changes between two levels ("Erfarenhet: minst 1 år
 * från liknande arbete → minst 3 år som administratör"). The words of skills, levels and fields
 * are the vocabulary table's; the sentences around them are the dictionaries'.
 */

/** Looks up a role's title by its slug, for "at least 3 years as administrator". */
export type RoleTitles = (slug: string) => LocalizedText | undefined;

/** A requirement change in words: what it is about, and what is asked before and after. */
export interface ChangeInWords {
  kind: RequirementChange['kind'];
  /** Raised, lowered or changed otherwise. */
  direction: RequirementChange['direction'];
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

/** "A", "A och B", "A, B och C". */
function list(items: string[], conjunction: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

function describe(criterion: Criterion, m: Messages, lang: Locale, titles: RoleTitles): string {
  return fold(criterion, {
    leaf: (plain) => {
      switch (plain.kind) {
        case 'education': {
          const parts = [terms.education[plain.level].name[lang]];
          if (plain.field) parts.push(plain.field === 'role-field' ? vocabulary.roleField.within[lang] : terms.fields[plain.field].within[lang]);
          if (plain.exampleField) parts.push(`(${vocabulary.exampleFields[plain.exampleField].example[lang]})`);
          return parts.join(' ');
        }
        case 'field-training':
          return m.critFieldTraining;
        case 'experience': {
          const template = plain.years === 1 ? m.critExperienceOne : m.critExperienceMany;
          if (plain.scope === 'similar-work') return format(template, { years: plain.years, scope: m.critSimilarWork });
          const title = plain.role === undefined ? undefined : titles(plain.role);
          if (!title) {
            throw new Error(
              `Cannot describe experience in a role: the role "${plain.role ?? '(none given)'}" is not a known role slug.`,
            );
          }
          return format(template, { years: plain.years, scope: format(m.critInRole, { role: inSentence(title[lang]) }) });
        }
        case 'public-sector-experience':
          return m.critPublicSector;
        case 'skill':
          return skillPhrase(plain.level, skillName(plain.skill, lang), lang);
        case 'law-knowledge':
          return terms.lawLevels[plain.level].long[lang];
        case 'driving-licence':
          return format(m.critDrivingLicence, { class: plain.class });
      }
    },
    allOf: (parts) => list(parts, m.critAnd),
    // A comma before "eller"/"or" keeps "A och B, eller C och D" readable.
    anyOf: (parts) => parts.join(`, ${m.critOr} `),
  });
}

/** What a criterion asks for, as a phrase to use inside a sentence. */
export function describeCriterion(criterion: Criterion, lang: Locale, titles: RoleTitles): string {
  return describe(criterion, t(lang), lang, titles);
}

/** What a requirement is about, as the label of its change: "Erfarenhet", "Utbildning och erfarenhet". */
export function describeAspects(aspects: readonly Aspect[], lang: Locale): string {
  return aspectsInWords(aspects, t(lang), lang);
}

/** As describeAspects, with the words given (a browser widget passes only the words it needs). */
export function aspectsInWords(aspects: readonly Aspect[], m: Messages, lang: Locale): string {
  const labels = aspects.map((aspect, index) => {
    const label = aspect.startsWith('skill:') ? skillName(aspect.slice('skill:'.length) as Skill, lang) : kindLabel(aspect, lang);
    return index === 0 ? capitalise(label) : inSentence(label);
  });
  return list(labels, m.critAnd);
}

function describeFacets(facets: readonly Facet[], m: Messages, lang: Locale, titles: RoleTitles): string {
  return list(facets.map((facet) => describe(facet, m, lang, titles)), m.critAnd);
}

/**
 * A requirement change in words. A skill or knowledge of the law that is only raised or lowered
 * gives just the levels ("MS Office: kunskaper → goda kunskaper").
 */
export function describeChange(change: RequirementChange, lang: Locale, titles: RoleTitles): ChangeInWords {
  return changeInWords(change, t(lang), lang, titles);
}

/** As describeChange, with the words given (a browser widget passes only the words it needs). */
export function changeInWords(change: RequirementChange, m: Messages, lang: Locale, titles: RoleTitles): ChangeInWords {
  const label = aspectsInWords(change.aspects, m, lang);
  const [before] = change.from;
  const [after] = change.to;
  const { kind, direction } = change;
  if (change.from.length === 1 && change.to.length === 1 && before && after) {
    if (before.kind === 'skill' && after.kind === 'skill') {
      return { kind, direction, label, from: skillLevelName(before.level, lang), to: skillLevelName(after.level, lang) };
    }
    if (before.kind === 'law-knowledge' && after.kind === 'law-knowledge') {
      return { kind, direction, label, from: terms.lawLevels[before.level].name[lang], to: terms.lawLevels[after.level].name[lang] };
    }
  }
  return {
    kind,
    direction,
    label,
    from: describeFacets(change.from, m, lang, titles),
    to: describeFacets(change.to, m, lang, titles),
  };
}

/** The dictionary keys the sentences of changes use, for a widget that words changes in the browser (the words of the vocabulary come with the table). */
export const changeWordKeys: ReadonlyArray<MessageKey> = [
  'critFieldTraining',
  'critExperienceOne',
  'critExperienceMany',
  'critSimilarWork',
  'critInRole',
  'critPublicSector',
  'critDrivingLicence',
  'critAnd',
  'critOr',
];
