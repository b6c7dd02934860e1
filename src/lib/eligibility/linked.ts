import type { NamedEducationField } from '../../schemas/vocabulary';
import type { Answers, FieldTrainingAnswer } from './answers';

/**
 * Answers that belong together. For some roles, "utbildning inom aktuellt område" is a named
 * field of higher education: a controller's or an accountant's field is business and economics.
 * So higher education in economics is training in those roles' field (at the higher level), and
 * higher education in one of those roles' field is higher education in economics. Other roles'
 * fields ("aktuellt område" for a case officer is the subject of the assignment) stay apart.
 */
export const roleFields: Readonly<Record<string, NamedEducationField>> = {
  controller: 'economics',
  redovisningsekonom: 'economics',
};

function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== null && typeof record === 'object' && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Training in a role's field, counting higher education in the named field the role's field is. */
export function fieldTrainingOf(answers: Answers, role: string): FieldTrainingAnswer | 'none' {
  const given = own(answers.fieldTraining, role);
  if (given === 'higher') return given;
  const field = own(roleFields, role);
  if (field && Array.isArray(answers.higherFields) && answers.higherFields.includes(field)) return 'higher';
  return given ?? 'none';
}

/** Higher education in a named field: ticked, or given as higher education in a role's field that is this field. */
export function hasField(answers: Answers, field: NamedEducationField): boolean {
  if (Array.isArray(answers.higherFields) && answers.higherFields.includes(field)) return true;
  return Object.keys(roleFields).some((role) => roleFields[role] === field && own(answers.fieldTraining, role) === 'higher');
}
