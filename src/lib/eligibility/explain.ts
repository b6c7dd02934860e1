import type { Criterion } from '../../schemas/criterion';
import type { SkillId, SkillLevelId } from '../../schemas/vocabulary';
import type { Outcome } from './evaluate';
import type { EligibilityMessages } from './messages';
import { fill } from '../widget/text';

/**
 * Outcomes in words, in the reader's language: "kräver 3 års erfarenhet som administratör;
 * du angav 1". The words come from the dictionaries (see messages.ts); role names from content.
 */

export interface Explanation {
  readonly met: boolean;
  /** A single criterion: what it needs and what the candidate gave. */
  readonly text?: string;
  /** all-of / any-of: a heading for the parts ("Ett av alternativen räcker:"). */
  readonly label?: string;
  readonly parts?: ReadonlyArray<Explanation>;
}


export const skillNameKeys = {
  'ms-office': 'saSkillMsOffice',
  'finance-system': 'saSkillFinanceSystem',
  'payroll-system': 'saSkillPayrollSystem',
  'hr-system': 'saSkillHrSystem',
  'document-management-system': 'saSkillDocumentSystem',
  'analysis-tools': 'saSkillAnalysisTools',
  'editing-tools': 'saSkillEditingTools',
  'web-publishing-tools': 'saSkillWebPublishing',
  'bookkeeping-system': 'saSkillBookkeepingSystem',
  'case-management-system': 'saSkillCaseSystem',
  'switchboard-systems': 'saSkillSwitchboards',
  english: 'saSkillEnglish',
  'digital-communication': 'saSkillDigitalCommunication',
} as const satisfies Record<SkillId, keyof EligibilityMessages>;

export const skillLevelKeys = {
  basic: 'saLevelBasic',
  knowledge: 'saLevelKnowledge',
  good: 'saLevelGood',
  experience: 'saLevelExperience',
  'extensive-experience': 'saLevelExtensive',
} as const satisfies Record<SkillLevelId, keyof EligibilityMessages>;

export const lawLevelKeys = {
  none: 'saLawNone',
  awareness: 'saLawAwareness',
  'good-awareness': 'saLawGood',
} as const satisfies Record<string, keyof EligibilityMessages>;

export const trainingKeys = {
  none: 'saTrainingNone',
  training: 'saTrainingTraining',
  higher: 'saTrainingHigher',
} as const satisfies Record<string, keyof EligibilityMessages>;

export const educationKeys = {
  none: 'saEducationNone',
  'upper-secondary': 'saEducationUpperSecondary',
  higher: 'saEducationHigher',
} as const satisfies Record<string, keyof EligibilityMessages>;

export const fieldKeys = {
  economics: 'saFieldEconomics',
  law: 'saFieldLaw',
  registrar: 'saFieldRegistrar',
} as const satisfies Record<string, keyof EligibilityMessages>;

/** Looks a key up in a table, falling back to the value itself for anything unexpected. */
function word(messages: EligibilityMessages, table: Readonly<Record<string, keyof EligibilityMessages>>, value: unknown): string {
  const key = typeof value === 'string' && Object.hasOwn(table, value) ? table[value] : undefined;
  return key ? messages[key] : String(value);
}

export interface ExplainContext {
  readonly messages: EligibilityMessages;
  /** The role whose requirement this is, as it reads inside a sentence ("administratör"). */
  readonly role: string;
  /** Any role's name inside a sentence, by slug. */
  readonly roleName: (slug: string) => string;
}

function leafText(criterion: Criterion, given: Outcome['given'], context: ExplainContext): string {
  const m = context.messages;
  const yesNo = given === true ? m.saYes : m.saNo;
  switch (criterion.kind) {
    case 'education':
      if (criterion.field === 'role-field') {
        return fill(criterion.level === 'higher' ? m.saNeedRoleFieldHigher : m.saNeedFieldTraining, {
          role: context.role,
          given: word(m, trainingKeys, given),
        });
      }
      if (criterion.field !== undefined) {
        return fill(m.saNeedField, { field: word(m, fieldKeys, criterion.field), answer: yesNo });
      }
      return fill(m.saNeedEducation, {
        need: criterion.level === 'higher' ? m.saNeedHigher : m.saNeedUpperSecondary,
        given: word(m, educationKeys, given),
      });
    case 'field-training':
      return fill(m.saNeedFieldTraining, { role: context.role, given: word(m, trainingKeys, given) });
    case 'experience': {
      const one = criterion.years === 1;
      const template =
        criterion.scope === 'in-role'
          ? one ? m.saNeedYearsInRoleOne : m.saNeedYearsInRole
          : one ? m.saNeedYearsSimilarOne : m.saNeedYearsSimilar;
      const role = criterion.scope === 'in-role' && criterion.role ? context.roleName(criterion.role) : context.role;
      return fill(template, { years: criterion.years, role, given: typeof given === 'number' ? given : 0 });
    }
    case 'public-sector-experience':
      return fill(m.saNeedPublicSector, { answer: yesNo });
    case 'skill': {
      const none = criterion.level === 'experience' || criterion.level === 'extensive-experience' ? m.saLevelNoneExperience : m.saLevelNone;
      return fill(m.saNeedSkill, {
        skill: m[skillNameKeys[criterion.skill]],
        level: m[skillLevelKeys[criterion.level]],
        given: given === 'none' ? none : word(m, skillLevelKeys, given),
      });
    }
    case 'law-knowledge':
      return fill(m.saNeedLaw, {
        level: word(m, lawLevelKeys, criterion.level),
        role: context.role,
        given: word(m, lawLevelKeys, given),
      });
    case 'driving-licence':
      return fill(m.saNeedLicence, { answer: yesNo });
    default:
      return m.saUnknownCriterion;
  }
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
  return { met: outcome.met, text: leafText(criterion, outcome.given, context) };
}
