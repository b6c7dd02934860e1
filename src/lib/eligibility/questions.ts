import type { NamedEducationField, SkillId, SkillScale } from '../../schemas/vocabulary';
import { namedEducationFields, scaleOf, skills } from '../criteria/vocabulary';
import { leaves } from '../criteria/walk';
import type { EligibilityRole } from './data';

/**
 * The questions the self-assessment asks, derived from the criteria in the content: a question
 * is asked only when some requirement needs its answer. Each question lists the roles that need
 * it, so the form can show only what one role needs.
 */

export type Question =
  | { readonly kind: 'education'; readonly roles: readonly string[] }
  | { readonly kind: 'higher-field'; readonly field: NamedEducationField; readonly roles: readonly string[] }
  | { readonly kind: 'field-training'; readonly role: string; readonly roles: readonly string[] }
  | { readonly kind: 'in-role'; readonly role: string; readonly roles: readonly string[] }
  | { readonly kind: 'similar-work'; readonly role: string; readonly roles: readonly string[] }
  | { readonly kind: 'public-sector'; readonly roles: readonly string[] }
  | {
      readonly kind: 'skill';
      readonly skill: SkillId;
      /** The scale its requirements use: knowledge (grundkunskaper ...) or experience (erfarenhet ...). */
      readonly scale: SkillScale;
      readonly roles: readonly string[];
    }
  | { readonly kind: 'law'; readonly role: string; readonly roles: readonly string[] }
  | { readonly kind: 'driving-licence'; readonly roles: readonly string[] };

export type QuestionKind = Question['kind'];

/** The key that identifies a question, and the answer it fills: "in-role:administrator", "skill:english". */
export function questionKey(question: Question): string {
  switch (question.kind) {
    case 'higher-field':
      return `${question.kind}:${question.field}`;
    case 'skill':
      return `${question.kind}:${question.skill}`;
    case 'field-training':
    case 'in-role':
    case 'similar-work':
    case 'law':
      return `${question.kind}:${question.role}`;
    default:
      return question.kind;
  }
}

const kindOrder: readonly QuestionKind[] = [
  'education',
  'higher-field',
  'field-training',
  'in-role',
  'similar-work',
  'skill',
  'law',
  'public-sector',
  'driving-licence',
];

/**
 * The questions needed by the given roles' criteria, grouped by kind in the form's order; within
 * a kind, in the order of the vocabulary (fields, skills) or of the roles.
 */
export function deriveQuestions(roles: ReadonlyArray<EligibilityRole>): Question[] {
  const found = new Map<string, { question: Question; roles: Set<string> }>();
  const need = (question: Question, role: string) => {
    const key = questionKey(question);
    const entry = found.get(key) ?? { question, roles: new Set<string>() };
    entry.roles.add(role);
    found.set(key, entry);
  };

  for (const role of roles) {
    const at = role.slug;
    for (const level of role.levels) {
      for (const criterion of level.criteria) {
        for (const leaf of leaves(criterion)) {
          switch (leaf.kind) {
            case 'education':
              if (leaf.field === 'role-field') need({ kind: 'field-training', role: at, roles: [] }, at);
              else if (leaf.field !== undefined) need({ kind: 'higher-field', field: leaf.field, roles: [] }, at);
              else need({ kind: 'education', roles: [] }, at);
              break;
            case 'field-training':
              need({ kind: 'field-training', role: at, roles: [] }, at);
              break;
            case 'experience':
              if (leaf.scope === 'in-role') need({ kind: 'in-role', role: leaf.role ?? at, roles: [] }, at);
              else {
                // Years as the role count as similar work too, so both are asked.
                need({ kind: 'in-role', role: at, roles: [] }, at);
                need({ kind: 'similar-work', role: at, roles: [] }, at);
              }
              break;
            case 'public-sector-experience':
              need({ kind: 'public-sector', roles: [] }, at);
              break;
            case 'skill':
              need(
                {
                  kind: 'skill',
                  skill: leaf.skill,
                  scale: scaleOf(leaf.level),
                  roles: [],
                },
                at,
              );
              break;
            case 'law-knowledge':
              need({ kind: 'law', role: at, roles: [] }, at);
              break;
            case 'driving-licence':
              need({ kind: 'driving-licence', roles: [] }, at);
              break;
          }
        }
      }
    }
  }

  const roleOrder = new Map(roles.map((role, index) => [role.slug, index]));
  const position = (question: Question): number => {
    if (question.kind === 'higher-field') return namedEducationFields.indexOf(question.field);
    if (question.kind === 'skill') return skills.indexOf(question.skill);
    if ('role' in question) return roleOrder.get(question.role) ?? roles.length;
    return 0;
  };

  return [...found.values()]
    .map(({ question, roles: needed }) => ({
      ...question,
      roles: roles.map((r) => r.slug).filter((slug) => needed.has(slug)),
    }))
    .sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || position(a) - position(b));
}
