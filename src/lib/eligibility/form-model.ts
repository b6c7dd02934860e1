import { format, type Locale, type Messages } from '../../i18n';
import { vocabulary } from '../../schemas/vocabulary';
import { educationLevels, lawLevels, levelsOf, noneOn, skillLevelName, skillName, terms } from '../criteria/vocabulary';
import { roleFields } from './linked';
import type { Question } from './questions';
import { paramName, trainingTokens, YES } from './url';

/**
 * The self-assessment form as plain data, from the questions: what the page renders. Every
 * control's name and value are the URL's parameter and token, so the form reads straight into
 * the same parser as the address. Years of experience are not fields: they come from the jobs,
 * whose roles are the in-role and similar-work questions.
 */

export interface Option {
  readonly value: string;
  readonly label: string;
}

interface FieldBase {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly hint?: string | undefined;
  /** Roles whose requirements need this answer. */
  readonly roles: readonly string[];
}

export type Field =
  | (FieldBase & { readonly type: 'select'; readonly options: readonly Option[] })
  | (FieldBase & { readonly type: 'years' })
  | (FieldBase & { readonly type: 'checkbox'; readonly value: string });

/** A skill's field also asks, in free text that never leaves the browser, where it was used. */
export type SkillField = Field & { readonly evidence?: string };

/** A fieldset inside a group: the fields of higher education, or one role's years. */
export interface Subgroup {
  readonly id: string;
  readonly legend: string;
  readonly roles: readonly string[];
  readonly fields: readonly Field[];
}

export interface Group {
  readonly id: string;
  readonly legend: string;
  readonly hint?: string | undefined;
  readonly items: ReadonlyArray<Field | Subgroup>;
}

/** "inga kunskaper" as an option reads "Inga kunskaper". */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** A control's id: "sa-som-administrator". */
export function controlId(name: string, value = ''): string {
  return `sa-${name}${value ? `-${value}` : ''}`.replace(/[^a-z0-9-]+/g, '-');
}

export interface FormModelInput {
  readonly questions: ReadonlyArray<Question>;
  readonly messages: Messages;
  readonly lang: Locale;
  /** Role titles by slug, as headings ("Administratör"). */
  readonly titles: Readonly<Record<string, string>>;
  /** Role titles inside a sentence ("administratör"). */
  readonly names: Readonly<Record<string, string>>;
}

/** The roles a job can be: as a role, or other work similar to one (where a requirement counts that). */
export interface JobRoles {
  readonly asRole: readonly Option[];
  readonly similar: readonly Option[];
}

export interface FormModel {
  readonly jobs: JobRoles;
  readonly education: Group;
  /** Skills, laws and the rest: asked only for the roles in reach. */
  readonly needs: readonly Group[];
}

/** A job's role as its select says it: "som:administrator" or "liknande:administrator". */
export function jobRoleValue(kind: 'in-role' | 'similar', role: string): string {
  return `${kind === 'in-role' ? 'som' : 'liknande'}:${role}`;
}

export function formModel({ questions, messages: m, lang, titles, names }: FormModelInput): FormModel {
  const of = <K extends Question['kind']>(kind: K) => questions.filter((q): q is Extract<Question, { kind: K }> => q.kind === kind);
  const name = (role: string) => names[role] ?? role;

  const jobs: JobRoles = {
    asRole: of('in-role').map((q) => ({ value: jobRoleValue('in-role', q.role), label: titles[q.role] ?? q.role })),
    similar: of('similar-work').map((q) => ({ value: jobRoleValue('similar', q.role), label: format(m.selfAssessmentJobSimilarOption, { role: name(q.role) }) })),
  };

  const education: Array<Field | Subgroup> = of('education').map((q) => ({
    type: 'select',
    id: controlId(paramName(q)),
    name: paramName(q),
    label: m.selfAssessmentEducationLabel,
    hint: m.selfAssessmentEducationHint,
    roles: q.roles,
    options: [
      { value: '', label: m.selfAssessmentEducationNone },
      ...educationLevels.map((level) => ({ value: terms.education[level].token, label: terms.education[level].option[lang] })),
    ],
  }));
  const fields = of('higher-field');
  if (fields.length > 0) {
    education.push({
      id: 'sa-fields',
      legend: m.selfAssessmentFieldsLegend,
      roles: [...new Set(fields.flatMap((q) => q.roles))],
      fields: fields.map((q) => ({
        type: 'checkbox',
        id: controlId(paramName(q), terms.fields[q.field].token),
        name: paramName(q),
        value: terms.fields[q.field].token,
        label: terms.fields[q.field].option[lang],
        roles: q.roles,
      })),
    });
  }
  // "Utbildning inom aktuellt område": a named field where the role's field is one, otherwise the
  // subject of the assignments, said so that a candidate can answer without the source.
  for (const q of of('field-training')) {
    const linked = Object.hasOwn(roleFields, q.role);
    education.push({
      type: 'select',
      id: controlId(paramName(q)),
      name: paramName(q),
      label: format(linked ? m.selfAssessmentTrainingLabel : m.selfAssessmentTrainingLabelAssignment, { role: name(q.role) }),
      hint: linked ? m.selfAssessmentTrainingHintLinked : m.selfAssessmentTrainingHintAssignment,
      roles: [q.role],
      options: [
        { value: '', label: m.selfAssessmentTrainingNo },
        { value: trainingTokens.training, label: m.selfAssessmentTrainingSome },
        { value: trainingTokens.higher, label: m.selfAssessmentTrainingHigher },
      ],
    });
  }

  const needs: Group[] = [];
  const push = (group: Group) => {
    if (group.items.length > 0) needs.push(group);
  };
  push({
    id: 'sa-skills',
    legend: m.selfAssessmentSkillsLegend,
    items: of('skill').map((q): SkillField => {
      const examples = terms.skills[q.skill].examples;
      return {
        type: 'select',
        id: controlId(paramName(q)),
        name: paramName(q),
        label: capitalize(skillName(q.skill, lang)),
        hint: examples ? format(m.selfAssessmentExamples, { examples }) : undefined,
        roles: q.roles,
        evidence: q.skill,
        options: [
          { value: '', label: capitalize(noneOn(q.scale, lang)) },
          ...levelsOf(q.scale).map((level) => ({ value: terms.skillLevels[level].token, label: capitalize(skillLevelName(level, lang)) })),
        ],
      };
    }),
  });

  push({
    id: 'sa-laws',
    legend: m.selfAssessmentLawsLegend,
    hint: m.selfAssessmentLawsHint,
    items: of('law').map((q) => ({
      type: 'select',
      id: controlId(paramName(q)),
      name: paramName(q),
      label: format(m.selfAssessmentLawLabel, { role: name(q.role) }),
      roles: [q.role],
      options: [
        { value: '', label: capitalize(vocabulary.lawNone[lang]) },
        ...lawLevels.map((level) => ({ value: terms.lawLevels[level].token, label: capitalize(terms.lawLevels[level].name[lang]) })),
      ],
    })),
  });

  const other: Field[] = [];
  for (const q of questions) {
    if (q.kind !== 'public-sector' && q.kind !== 'driving-licence') continue;
    other.push({
      type: 'checkbox',
      id: controlId(paramName(q)),
      name: paramName(q),
      value: YES,
      label: q.kind === 'public-sector' ? m.selfAssessmentPublicSector : m.selfAssessmentLicence,
      roles: q.roles,
    });
  }
  push({ id: 'sa-other', legend: m.selfAssessmentOtherLegend, items: other });

  return {
    jobs,
    education: { id: 'sa-education', legend: m.selfAssessmentEducationLegend, items: education },
    needs,
  };
}
