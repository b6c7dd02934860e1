import type { Locale } from '../../i18n/locales';
import type { Criterion } from '../../schemas/criterion';
import { isTerm, skillName, skillPhrase, terms } from '../criteria/vocabulary';
import type { Outcome } from './evaluate';
import type { EligibilityMessages } from './messages';
import { fill } from '../widget/text';

/**
 * Outcomes in plain words, in the reader's language and the second person: "Du behöver 1 år till
 * som vaktmästare (3 år krävs, du har 2)", "Inte besvarat. Det krävs körkort B." And what is
 * missing in a few words, for the one-line summary ("1 år till som vaktmästare"). The words come
 * from the dictionaries (see messages.ts); role names from content.
 */

export interface Explanation {
  readonly met: boolean;
  /** A single criterion: what it needs and what the candidate gave. */
  readonly text?: string;
  /** all-of / any-of: a heading for the parts ("Ett av alternativen räcker:"). */
  readonly label?: string;
  readonly parts?: ReadonlyArray<Explanation>;
}

/** Training in a role's field, as a candidate gives it: an answer, not a term of the vocabulary. */
const trainingKeys = {
  none: 'saTrainingNone',
  training: 'saTrainingTraining',
  higher: 'saTrainingHigher',
} as const satisfies Record<string, keyof EligibilityMessages>;

/** Looks a key up in a table, falling back to the value itself for anything unexpected. */
function word(messages: EligibilityMessages, table: Readonly<Record<string, keyof EligibilityMessages>>, value: unknown): string {
  const key = typeof value === 'string' && Object.hasOwn(table, value) ? table[value] : undefined;
  return key ? messages[key] : String(value);
}

export interface ExplainContext {
  readonly messages: EligibilityMessages;
  /** The language of the words of the vocabulary (skills, levels, education). */
  readonly lang: Locale;
  /** The role whose requirement this is, as it reads inside a sentence ("administratör"). */
  readonly role: string;
  /** Any role's name inside a sentence, by slug. */
  readonly roleName: (slug: string) => string;
}

/** A number of years in the reader's language: "2,5 år", "1 year", "3 years". */
export function yearsText(years: number, m: EligibilityMessages): string {
  const rounded = Math.round(years * 10) / 10;
  return `${String(rounded).replace('.', m.saDecimalSign)} ${rounded === 1 ? m.saYear : m.saYears}`;
}

interface Parts {
  /** What the requirement needs, as a phrase: "goda kunskaper i MS Office eller likvärdigt". */
  readonly need: string;
  /** What the candidate has, as a phrase, or undefined when they gave nothing. */
  readonly given: string | undefined;
}

/** Education as a candidate gives it: a level "or equivalent". */
function educationGiven(given: unknown, context: ExplainContext): string {
  return isTerm(terms.education, given) ? terms.education[given].equivalent[context.lang] : String(given);
}

/** A level of knowledge of the law as a candidate gives it. */
function lawGiven(given: unknown, context: ExplainContext): string {
  return isTerm(terms.lawLevels, given) ? terms.lawLevels[given].name[context.lang] : String(given);
}

/** The need and the given of a single criterion, as phrases. */
function parts(criterion: Criterion, given: Outcome['given'], context: ExplainContext): Parts {
  const m = context.messages;
  const yes = given === true;
  switch (criterion.kind) {
    case 'education': {
      if (criterion.field === 'role-field' || criterion.field === undefined) {
        if (criterion.field === 'role-field') {
          const need = fill(m.saNeedRoleFieldHigher, { role: context.role });
          return { need, given: given === 'none' || given === undefined ? undefined : fill(word(m, trainingKeys, given), { role: context.role }) };
        }
        const need = terms.education[criterion.level].equivalent[context.lang];
        return { need, given: given === 'none' || given === undefined ? undefined : educationGiven(given, context) };
      }
      const field = terms.fields[criterion.field].degree[context.lang];
      return { need: field, given: yes ? field : undefined };
    }
    case 'field-training':
      return {
        need: fill(m.saNeedFieldTraining, { role: context.role }),
        given: given === 'none' || given === undefined ? undefined : fill(word(m, trainingKeys, given), { role: context.role }),
      };
    case 'experience':
      return { need: yearsText(criterion.years, m), given: typeof given === 'number' && given > 0 ? yearsText(given, m) : undefined };
    case 'public-sector-experience':
      return { need: m.saPublicSector, given: yes ? m.saPublicSector : undefined };
    case 'skill': {
      const skill = skillName(criterion.skill, context.lang);
      return {
        need: skillPhrase(criterion.level, skill, context.lang),
        given: isTerm(terms.skillLevels, given) ? skillPhrase(given, skill, context.lang) : undefined,
      };
    }
    case 'law-knowledge':
      return {
        need: fill(m.saLawPhrase, { level: terms.lawLevels[criterion.level].name[context.lang], role: context.role }),
        given: given === 'none' || typeof given !== 'string' ? undefined : fill(m.saLawPhrase, { level: lawGiven(given, context), role: context.role }),
      };
    case 'driving-licence':
      return { need: m.saLicence, given: yes ? m.saLicence : undefined };
    default:
      return { need: m.saUnknownCriterion, given: undefined };
  }
}

/** The role an experience criterion counts, inside a sentence. */
function experienceRole(criterion: Criterion & { kind: 'experience' }, context: ExplainContext): string {
  return criterion.scope === 'in-role' && criterion.role ? context.roleName(criterion.role) : context.role;
}

function leafText(criterion: Criterion, given: Outcome['given'], met: boolean, context: ExplainContext): string {
  const m = context.messages;
  if (criterion.kind === 'experience') {
    const inRole = criterion.scope === 'in-role';
    const values = {
      role: experienceRole(criterion, context),
      need: yearsText(criterion.years, m),
      given: yearsText(typeof given === 'number' ? given : 0, m),
      more: yearsText(criterion.years - (typeof given === 'number' ? given : 0), m),
    };
    if (met) return fill(inRole ? m.saHaveYearsInRole : m.saHaveYearsSimilar, values);
    if (typeof given !== 'number' || given <= 0) return fill(m.saBlank, { need: fill(inRole ? m.saYearsInRolePhrase : m.saYearsSimilarPhrase, values) });
    return fill(inRole ? m.saMoreYearsInRole : m.saMoreYearsSimilar, values);
  }
  if (criterion.kind === 'all-of' || criterion.kind === 'any-of') return '';
  const phrase = parts(criterion, given, context);
  if (met) return fill(m.saHave, { given: phrase.given ?? phrase.need });
  if (phrase.given === undefined) return fill(m.saBlank, { need: phrase.need });
  return fill(m.saLess, phrase as { need: string; given: string });
}

/** An outcome as words: a sentence for a single criterion, a labelled list for a combination. */
export function explain(outcome: Outcome, context: ExplainContext): Explanation {
  const { criterion } = outcome;
  if (criterion.kind === 'all-of' || criterion.kind === 'any-of') {
    const children = outcome.children ?? [];
    const parts = children.map((child, index) => {
      const part = explain(child, context);
      // Under "one of the alternatives", each alternative gets its number.
      if (criterion.kind === 'any-of' && part.parts) {
        return { ...part, label: fill(context.messages.saAlternative, { n: index + 1 }) };
      }
      return part;
    });
    return {
      met: outcome.met,
      label: criterion.kind === 'any-of' ? context.messages.saAnyOf : context.messages.saAllOf,
      parts,
    };
  }
  return { met: outcome.met, text: leafText(criterion, outcome.given, outcome.met, context) };
}

/**
 * What is missing for an outcome, in a few words each: "1 år till som vaktmästare", "körkort B".
 * Of alternatives, the one with the fewest things missing (the first of equals).
 */
export function gaps(outcome: Outcome, context: ExplainContext): string[] {
  if (outcome.met) return [];
  const { criterion } = outcome;
  const m = context.messages;
  if (criterion.kind === 'all-of') return (outcome.children ?? []).flatMap((child) => gaps(child, context));
  if (criterion.kind === 'any-of') {
    const options = (outcome.children ?? []).map((child) => gaps(child, context));
    return options.reduce<string[] | undefined>((best, option) => (best === undefined || option.length < best.length ? option : best), undefined) ?? [];
  }
  if (criterion.kind === 'experience') {
    const had = typeof outcome.given === 'number' ? outcome.given : 0;
    return [
      fill(criterion.scope === 'in-role' ? m.saGapYearsInRole : m.saGapYearsSimilar, {
        more: yearsText(criterion.years - had, m),
        role: experienceRole(criterion, context),
      }),
    ];
  }
  return [parts(criterion, outcome.given, context).need];
}

/** What is missing for a level, each thing once. */
export function levelGaps(requirements: ReadonlyArray<Outcome>, context: ExplainContext): string[] {
  return [...new Set(requirements.flatMap((requirement) => gaps(requirement, context)))];
}
